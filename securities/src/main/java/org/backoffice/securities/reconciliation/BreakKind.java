package org.backoffice.securities.reconciliation;

/** What a break is about: a position per instrument, a settled or pending transaction, or cash. */
public enum BreakKind {
    POSITION,
    TRANSACTION,
    CASH
}
