package org.backoffice.ledger;

/** Identifies a ledger account. Chosen by the caller; positive. */
public record AccountId(long value) implements Comparable<AccountId> {
    public AccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("accountId: must be positive, was " + value);
        }
    }

    public static AccountId of(long value) {
        return new AccountId(value);
    }

    @Override
    public int compareTo(AccountId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
