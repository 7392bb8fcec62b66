package org.backoffice.ledger;

import java.time.LocalDate;

/** What a submitter asks the ledger to do; each request is all-or-nothing. */
public sealed interface TransactionRequest permits Transfer, PostPending, VoidPending, Reversal {
    /** The new transaction's id, which is also the idempotency key. */
    TransactionId id();

    /** The accounting date the movement belongs to. */
    LocalDate valueDate();

    Memo memo();

    static LocalDate checkValueDate(LocalDate valueDate) {
        if (valueDate == null) {
            throw new IllegalArgumentException("valueDate: must be given");
        }
        if (valueDate.getYear() < 1900 || valueDate.getYear() > 9999) {
            throw new IllegalArgumentException("valueDate: year must be within 1900..9999, was " + valueDate);
        }
        return valueDate;
    }
}
