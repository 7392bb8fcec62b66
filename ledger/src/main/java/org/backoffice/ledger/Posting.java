package org.backoffice.ledger;

import java.util.Objects;

/**
 * One movement of an asset: {@code amount} minor units from the credited account to the debited
 * account. Both accounts must hold {@code asset}.
 */
public record Posting(AccountId debit, AccountId credit, AssetCode asset, long amount) {
    public Posting {
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(asset, "asset");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: must be positive, was " + amount);
        }
        if (debit.equals(credit)) {
            throw new IllegalArgumentException("credit: must differ from the debit account " + debit);
        }
    }

    public static Posting of(long debit, long credit, String asset, long amount) {
        return new Posting(AccountId.of(debit), AccountId.of(credit), AssetCode.of(asset), amount);
    }
}
