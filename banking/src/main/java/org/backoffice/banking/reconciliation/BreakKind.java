package org.backoffice.banking.reconciliation;

/** Which side of the reconciliation an unmatched item is on. */
public enum BreakKind {
    /** On the correspondent's statement, not in our books. */
    ENTRY,
    /** In our books, not on the correspondent's statement. */
    POSTING
}
