package org.backoffice.ledger.internal;

import java.util.List;
import org.backoffice.ledger.TransactionKind;

/**
 * What a batch needs to know of a transaction already in the ledger: for a retried id its content
 * hash and booking time; for a pending transfer or a reversal's original, its postings.
 *
 * @param expiresAt booking-clock microseconds at which a pending transfer lapses; 0 for never
 */
public record StoredTransaction(
        long id, TransactionKind kind, long contentHash, long bookedAt, long expiresAt, List<StoredPosting> postings) {

    /** A posting as stored: the amount is the pending amount of a pending transfer. */
    public record StoredPosting(long debit, long credit, long amount) {}
}
