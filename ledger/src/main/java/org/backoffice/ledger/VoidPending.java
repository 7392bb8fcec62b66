package org.backoffice.ledger;

import java.time.LocalDate;
import java.util.Objects;

/** Releases a pending transfer's reservation without moving anything. */
public record VoidPending(TransactionId id, TransactionId pendingId, LocalDate valueDate, Memo memo)
        implements TransactionRequest {
    public VoidPending {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pendingId, "pendingId");
        TransactionRequest.checkValueDate(valueDate);
        memo = memo == null ? Memo.NONE : memo;
    }

    public static VoidPending of(TransactionId id, TransactionId pendingId, LocalDate valueDate) {
        return new VoidPending(id, pendingId, valueDate, Memo.NONE);
    }
}
