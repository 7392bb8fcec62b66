package org.backoffice.banking.account;

/** Where a client's account stands: open for postings, frozen (blocked both ways), or closed for good. */
public enum AccountStatus {
    OPEN,
    FROZEN,
    CLOSED
}
