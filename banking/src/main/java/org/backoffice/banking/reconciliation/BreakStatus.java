package org.backoffice.banking.reconciliation;

public enum BreakStatus {
    OPEN,
    RESOLVED
}
