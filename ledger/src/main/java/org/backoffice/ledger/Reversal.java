package org.backoffice.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Corrects a posted transaction by moving every one of its posted amounts back. The original stays
 * as it was; the reversal references it, and a transaction is reversed at most once.
 */
public record Reversal(TransactionId id, TransactionId originalId, LocalDate valueDate, Memo memo)
        implements TransactionRequest {
    public Reversal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(originalId, "originalId");
        TransactionRequest.checkValueDate(valueDate);
        memo = memo == null ? Memo.NONE : memo;
    }

    public static Reversal of(TransactionId id, TransactionId originalId, LocalDate valueDate) {
        return new Reversal(id, originalId, valueDate, Memo.NONE);
    }
}
