package org.backoffice.ledger;

/**
 * What an account's balance must never do. Checked against posted plus pending amounts, so a
 * reservation counts as soon as it is made.
 */
public enum BalanceLimit {
    /** Any balance is allowed (suspense, clearing, equity). */
    NONE,
    /**
     * Debits may not exceed credits plus the overdraft limit: no overdraft on a client's current
     * account (a liability), no negative cash at the desk as seen from the credit side.
     */
    DEBITS_MUST_NOT_EXCEED_CREDITS,
    /**
     * Credits may not exceed debits plus the overdraft limit: no negative stock, no negative cash
     * in the vault (assets).
     */
    CREDITS_MUST_NOT_EXCEED_DEBITS
}
