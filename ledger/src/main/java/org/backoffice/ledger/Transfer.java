package org.backoffice.ledger;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Moves assets along N postings, all or none. Several assets may move in one transfer (delivery
 * versus payment). A pending transfer only reserves: its amounts count against limits until it is
 * posted, voided or expires after {@code timeout}.
 *
 * @param timeout for a pending transfer, how long the reservation lasts; null for no expiry
 */
public record Transfer(
        TransactionId id, LocalDate valueDate, List<Posting> postings, boolean pending, Duration timeout, Memo memo)
        implements TransactionRequest {
    public static final int MAX_POSTINGS = 256;

    /** The longest a reservation may last; a longer hold is a contract, not a pending transfer. */
    public static final Duration MAX_TIMEOUT = Duration.ofDays(3650);

    public Transfer {
        Objects.requireNonNull(id, "id");
        TransactionRequest.checkValueDate(valueDate);
        if (postings == null || postings.isEmpty()) {
            throw new IllegalArgumentException("postings: at least one posting is required");
        }
        if (postings.size() > MAX_POSTINGS) {
            throw new IllegalArgumentException("postings: at most " + MAX_POSTINGS + " per transaction");
        }
        postings = List.copyOf(postings);
        if (timeout != null) {
            if (!pending) {
                throw new IllegalArgumentException("timeout: only a pending transfer can expire");
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout: must be positive, was " + timeout);
            }
            if (timeout.compareTo(MAX_TIMEOUT) > 0) {
                throw new IllegalArgumentException("timeout: must be at most " + MAX_TIMEOUT.toDays() + " days");
            }
        }
        memo = memo == null ? Memo.NONE : memo;
    }

    public static Transfer of(TransactionId id, LocalDate valueDate, Posting... postings) {
        return new Transfer(id, valueDate, List.of(postings), false, null, Memo.NONE);
    }

    public static Transfer pending(TransactionId id, LocalDate valueDate, Duration timeout, Posting... postings) {
        return new Transfer(id, valueDate, List.of(postings), true, timeout, Memo.NONE);
    }

    public Transfer withMemo(Memo newMemo) {
        return new Transfer(id, valueDate, postings, pending, timeout, newMemo);
    }
}
