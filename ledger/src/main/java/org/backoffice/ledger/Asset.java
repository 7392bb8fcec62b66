package org.backoffice.ledger;

import java.util.Objects;

/**
 * An asset and the scale of its smallest unit: 2 for USD (cents), 0 for JPY and shares, 3 for
 * kilograms. Amounts of the asset are counts of that unit; the platform's {@code Amount} reads and
 * writes them as decimals.
 */
public record Asset(AssetCode code, AssetKind kind, int scale) {
    public static final int MAX_SCALE = 12;

    public Asset {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale: must be within 0.." + MAX_SCALE + ", was " + scale);
        }
    }

    public static Asset currency(String code, int scale) {
        return new Asset(AssetCode.of(code), AssetKind.CURRENCY, scale);
    }

    public static Asset security(String code) {
        return new Asset(AssetCode.of(code), AssetKind.SECURITY, 0);
    }

    public static Asset goods(String code, int scale) {
        return new Asset(AssetCode.of(code), AssetKind.GOODS, scale);
    }
}
