package org.backoffice.securities.message;

/** What a fill report does: a new fill, the cancellation of an earlier one, or its correction. */
public enum ExecKind {
    NEW,
    CANCEL,
    CORRECT
}
