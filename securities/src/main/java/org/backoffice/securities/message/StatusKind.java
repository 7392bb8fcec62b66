package org.backoffice.securities.message;

/** The status a depository or custodian reports for one of our settlement instructions. */
public enum StatusKind {
    MATCHED,
    UNMATCHED,
    PENDING,
    FAILING,
    CANCELLED,
    ACKNOWLEDGED,
    REJECTED
}
