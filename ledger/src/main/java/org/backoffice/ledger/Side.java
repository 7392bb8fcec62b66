package org.backoffice.ledger;

/** The side on which an account's balance normally lies. */
public enum Side {
    DEBIT,
    CREDIT
}
