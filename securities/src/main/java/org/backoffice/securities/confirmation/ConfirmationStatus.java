package org.backoffice.securities.confirmation;

/** Where a trade's confirmation stands. */
public enum ConfirmationStatus {
    AFFIRMED,
    MATCHED,
    MISMATCHED
}
