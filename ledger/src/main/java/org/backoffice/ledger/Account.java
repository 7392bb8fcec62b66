package org.backoffice.ledger;

/** An account as the ledger holds it. */
public record Account(
        AccountId id,
        String code,
        AssetCode asset,
        String owner,
        Side normalSide,
        BalanceLimit limit,
        long overdraftLimit,
        boolean closed) {}
