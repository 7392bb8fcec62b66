package org.backoffice.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored transaction with its postings.
 *
 * @param related the pending transfer a post, void or expiry resolves, or the original a reversal
 *     reverses
 * @param expiresAt when a pending transfer's reservation lapses, if it has a timeout
 */
public record TransactionRecord(
        TransactionId id,
        TransactionKind kind,
        LocalDate valueDate,
        Instant bookedAt,
        Optional<TransactionId> related,
        Optional<Instant> expiresAt,
        Memo memo,
        List<Posting> postings) {
    public TransactionRecord {
        postings = List.copyOf(postings);
    }
}
