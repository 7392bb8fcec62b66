package org.backoffice.banking.cash;

/** Where a cashier's shift stands: open for documents, closing while its count awaits approval, closed. */
public enum ShiftStatus {
    OPEN,
    CLOSING,
    CLOSED
}
