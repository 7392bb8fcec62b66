package org.backoffice.ledger.internal;

import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Side;

/**
 * The working copy of one account's balance inside a batch, read under the row lock and written
 * back once if the batch changed it.
 */
public final class AccountState {
    final long id;
    final String asset;
    final Side normalSide;
    final BalanceLimit limit;
    final long overdraftLimit;
    final boolean closed;
    long debitsPosted;
    long creditsPosted;
    long debitsPending;
    long creditsPending;
    long lastBookedAt;
    boolean dirty;

    public AccountState(
            long id,
            String asset,
            Side normalSide,
            BalanceLimit limit,
            long overdraftLimit,
            boolean closed,
            long debitsPosted,
            long creditsPosted,
            long debitsPending,
            long creditsPending,
            long lastBookedAt) {
        this.id = id;
        this.asset = asset;
        this.normalSide = normalSide;
        this.limit = limit;
        this.overdraftLimit = overdraftLimit;
        this.closed = closed;
        this.debitsPosted = debitsPosted;
        this.creditsPosted = creditsPosted;
        this.debitsPending = debitsPending;
        this.creditsPending = creditsPending;
        this.lastBookedAt = lastBookedAt;
    }

    /** By how much the limited side exceeds what the limit allows; zero or less when within it. */
    long excess() {
        return excess(debitsPosted, creditsPosted, debitsPending, creditsPending);
    }

    /** {@link #excess()} for other balances of this account, e.g. those before a transaction. */
    long excess(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
        return switch (limit) {
            case NONE -> Long.MIN_VALUE;
            case DEBITS_MUST_NOT_EXCEED_CREDITS ->
                Math.subtractExact(
                        Math.addExact(debitsPosted, debitsPending), Math.addExact(creditsPosted, overdraftLimit));
            case CREDITS_MUST_NOT_EXCEED_DEBITS ->
                Math.subtractExact(
                        Math.addExact(creditsPosted, creditsPending), Math.addExact(debitsPosted, overdraftLimit));
        };
    }

    public long id() {
        return id;
    }

    public long debitsPosted() {
        return debitsPosted;
    }

    public long creditsPosted() {
        return creditsPosted;
    }

    public long debitsPending() {
        return debitsPending;
    }

    public long creditsPending() {
        return creditsPending;
    }

    public long lastBookedAt() {
        return lastBookedAt;
    }

    /** The balance as it stands is committed. */
    public void markClean() {
        dirty = false;
    }
}
