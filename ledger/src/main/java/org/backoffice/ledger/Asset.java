package org.backoffice.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An asset and the scale of its smallest unit: 2 for USD (cents), 0 for JPY and shares, 3 for
 * kilograms. Amounts of the asset are counts of that unit.
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

    /** Minor units of a decimal amount; refuses a value with more decimals than the scale. */
    public long toUnits(BigDecimal decimal) {
        try {
            return decimal.setScale(scale, RoundingMode.UNNECESSARY)
                    .unscaledValue()
                    .longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "amount: " + decimal.toPlainString() + " does not fit " + code + " with scale " + scale);
        }
    }

    public BigDecimal toDecimal(long units) {
        return BigDecimal.valueOf(units, scale);
    }
}
