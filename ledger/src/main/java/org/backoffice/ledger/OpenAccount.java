package org.backoffice.ledger;

import java.util.Objects;

/**
 * A request to open an account.
 *
 * @param code chart-of-accounts code, e.g. {@code 2010} or {@code 1310.STORE1}
 * @param owner who the account belongs to: a legal entity, branch, department or party reference
 * @param overdraftLimit minor units by which the limited side may exceed the other; 0 for none
 */
public record OpenAccount(
        AccountId id,
        String code,
        AssetCode asset,
        String owner,
        Side normalSide,
        BalanceLimit limit,
        long overdraftLimit) {
    public OpenAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(normalSide, "normalSide");
        Objects.requireNonNull(limit, "limit");
        code = Text.required("code", code, 64);
        owner = Text.required("owner", owner, 128);
        if (overdraftLimit < 0) {
            throw new IllegalArgumentException("overdraftLimit: must not be negative, was " + overdraftLimit);
        }
        if (overdraftLimit > 0 && limit == BalanceLimit.NONE) {
            throw new IllegalArgumentException("overdraftLimit: needs a balance limit to extend");
        }
    }

    public static OpenAccount of(long id, String code, String asset, Side normalSide, BalanceLimit limit) {
        return new OpenAccount(AccountId.of(id), code, AssetCode.of(asset), "-", normalSide, limit, 0);
    }

    public OpenAccount withOwner(String newOwner) {
        return new OpenAccount(id, code, asset, newOwner, normalSide, limit, overdraftLimit);
    }

    public OpenAccount withOverdraftLimit(long newLimit) {
        return new OpenAccount(id, code, asset, owner, normalSide, limit, newLimit);
    }
}
