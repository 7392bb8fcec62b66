package org.backoffice.securities.reconciliation;

/** A break is open until someone resolves it with a resolution. */
public enum BreakStatus {
    OPEN,
    RESOLVED
}
