package org.backoffice.platform;

import java.math.BigDecimal;
import org.backoffice.ledger.Asset;

/**
 * Amounts at the edges: decimal text such as {@code 1234.50} to a count of the asset's minor units
 * and back. Inside, amounts are always {@code long} minor units.
 */
public final class Amounts {
    private static final int MAX_TEXT = 40;

    private Amounts() {}

    /** Minor units of {@code text}; refuses a malformed number or more decimals than the asset has. */
    public static long parse(String field, String text, Asset asset) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": must be given");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT || !trimmed.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException(
                    field + ": must be a decimal number such as 1234.50, was '" + trimmed + "'");
        }
        BigDecimal decimal = new BigDecimal(trimmed);
        if (decimal.scale() > asset.scale()) {
            throw new IllegalArgumentException(field + ": " + asset.code().value() + " has at most " + asset.scale()
                    + " decimal places, was '" + trimmed + "'");
        }
        try {
            return decimal.movePointRight(asset.scale()).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + ": is too large");
        }
    }

    /** Decimal text with exactly the asset's number of decimal places. */
    public static String format(long units, int scale) {
        return BigDecimal.valueOf(units, scale).toPlainString();
    }
}
