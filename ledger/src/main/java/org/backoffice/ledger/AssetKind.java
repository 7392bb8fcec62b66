package org.backoffice.ledger;

/** What an asset is; the ledger treats them alike. */
public enum AssetKind {
    CURRENCY,
    SECURITY,
    GOODS
}
