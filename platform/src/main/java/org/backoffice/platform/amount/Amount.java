package org.backoffice.platform.amount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;

/**
 * An amount of one asset: a {@code long} count of the asset's smallest unit and the scale that unit has (2 for USD
 * cents, 0 for JPY and shares, 3 for BHD fils and kilograms, 4 or 6 for a fund's fractional units). A quantity of a
 * security or of goods is an amount too.
 *
 * <p>This is the one place where decimal text and {@link BigDecimal} become minor units and back. Text is read in
 * plain decimal notation only and is checked character by character before any number is built, so hostile input
 * (an exponent, ten thousand digits) costs no more than reading forty characters. Computed decimals (interest, price
 * times quantity, a converted amount) become units only with a named {@link RoundingMode}, or exactly. A result
 * that does not fit a {@code long} is refused, never wrapped. Every refusal is an {@link IllegalArgumentException}
 * {@code "field: rule"}.
 */
public record Amount(AssetCode asset, int scale, long units) implements Comparable<Amount> {
    /** The most decimals an amount can have: a {@code long} holds 18 decimal digits in full. */
    public static final int MAX_SCALE = 18;

    /** The longest decimal text read: a sign, 19 digits, a point and 18 decimals fit, with room to spare. */
    public static final int MAX_TEXT = 40;

    private static final int MAX_QUOTED = 24;
    private static final int LONG_DIGITS = 19;

    public Amount {
        Objects.requireNonNull(asset, "asset");
        checkScale(scale);
    }

    public static Amount of(Asset asset, long units) {
        return new Amount(asset.code(), asset.scale(), units);
    }

    /** For a caller that holds the asset's code and scale rather than the asset. */
    public static Amount of(String asset, int scale, long units) {
        return new Amount(AssetCode.of(asset), scale, units);
    }

    public static Amount zero(Asset asset) {
        return of(asset, 0);
    }

    /**
     * Reads decimal text such as {@code 1234.50} (or {@code -3}, {@code 0.125}) as an amount of {@code asset}.
     * Refused: blank text; anything but an optional {@code -}, digits, and an optional point followed by digits (no
     * exponent, no grouping, no {@code +}, no digits other than 0-9); more than 40 characters; more decimals than
     * the asset has; a value beyond a {@code long} of units. Leading and trailing whitespace is ignored.
     */
    public static Amount parse(String field, String text, Asset asset) {
        return of(asset, parseUnits(field, text, asset.code().value(), asset.scale()));
    }

    /**
     * Minor units of decimal text, for a caller that holds only the asset's code and scale; the rules of {@link
     * #parse}.
     */
    public static long parseUnits(String field, String text, String asset, int scale) {
        checkScale(scale);
        Text checked = Text.read(field, text);
        if (checked.fraction().length() > scale) {
            throw refused(
                    field, asset + " has at most " + scale + " decimal places, was '" + quoted(checked.value()) + "'");
        }
        String digits = checked.whole()
                + checked.fraction()
                + "0".repeat(scale - checked.fraction().length());
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        String significant = digits.substring(first);
        if (significant.length() > LONG_DIGITS) {
            throw tooLarge(field, asset, checked.value());
        }
        try {
            return Long.parseLong(checked.negative() ? "-" + significant : significant);
        } catch (NumberFormatException e) {
            throw tooLarge(field, asset, checked.value());
        }
    }

    /**
     * A decimal read from text by the rules of {@link #parse}, for a caller that learns the asset only later (an
     * order whose currency is its account's) and hands the value to {@link #exact}. No asset, so no check of
     * decimals beyond the 18 any amount may have.
     */
    public static BigDecimal parseDecimal(String field, String text) {
        Text checked = Text.read(field, text);
        // Safe: at most 40 checked characters of plain notation.
        return new BigDecimal(checked.value());
    }

    /**
     * The amount a decimal is, refusing one with more decimals than the asset has (trailing zeros aside) or one
     * beyond a {@code long} of units.
     */
    public static Amount exact(String field, BigDecimal value, Asset asset) {
        Objects.requireNonNull(value, field);
        if (value.signum() == 0) {
            return zero(asset);
        }
        String code = asset.code().value();
        if (integerDigits(value) > LONG_DIGITS) {
            throw tooLarge(field, code);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > asset.scale()) {
            throw refused(field, "must have at most " + asset.scale() + " decimal places for " + code);
        }
        return of(asset, unitsOf(field, code, stripped.setScale(asset.scale(), RoundingMode.UNNECESSARY)));
    }

    /**
     * The amount a computed decimal comes to at the asset's scale, rounded as {@code mode} says ({@code
     * UNNECESSARY} refuses a value that needs rounding); refused beyond a {@code long} of units.
     */
    public static Amount rounded(String field, BigDecimal value, RoundingMode mode, Asset asset) {
        Objects.requireNonNull(value, field);
        Objects.requireNonNull(mode, "mode");
        if (value.signum() == 0) {
            return zero(asset);
        }
        String code = asset.code().value();
        if (integerDigits(value) > LONG_DIGITS) {
            throw tooLarge(field, code);
        }
        BigDecimal near = value;
        if (integerDigits(value) < -(asset.scale() + 1L)) {
            // Below a tenth of a unit: any value this small rounds as the smallest one of its sign does, and the
            // smallest one costs nothing to round, where a scale of a billion would cost a division by 10^billion.
            near = BigDecimal.valueOf(value.signum(), asset.scale() + 2);
        }
        BigDecimal scaled;
        try {
            scaled = near.setScale(asset.scale(), mode);
        } catch (ArithmeticException e) {
            throw refused(field, "must have at most " + asset.scale() + " decimal places for " + code);
        }
        return of(asset, unitsOf(field, code, scaled));
    }

    public Amount plus(Amount other) {
        requireSameAsset(other);
        try {
            return new Amount(asset, scale, Math.addExact(units, other.units));
        } catch (ArithmeticException e) {
            throw tooLarge("amount", asset.value());
        }
    }

    public Amount minus(Amount other) {
        requireSameAsset(other);
        try {
            return new Amount(asset, scale, Math.subtractExact(units, other.units));
        } catch (ArithmeticException e) {
            throw tooLarge("amount", asset.value());
        }
    }

    public Amount negate() {
        try {
            return new Amount(asset, scale, Math.negateExact(units));
        } catch (ArithmeticException e) {
            throw tooLarge("amount", asset.value());
        }
    }

    public boolean isZero() {
        return units == 0;
    }

    public int signum() {
        return Long.signum(units);
    }

    /** Orders two amounts of one asset; refuses to compare two assets. */
    @Override
    public int compareTo(Amount other) {
        requireSameAsset(other);
        return Long.compare(units, other.units);
    }

    /** The amount as a decimal with exactly the asset's scale: {@code 1234.50}, JPY {@code 1235}. */
    public BigDecimal decimal() {
        return decimal(units, scale);
    }

    /** Plain text with exactly the asset's decimals, for inputs, JSON and CSV: {@code 1234.50}, BHD {@code 1.235}. */
    public String plain() {
        return plain(units, scale);
    }

    /** Text for people: thousands separated by commas, the asset's decimals: {@code 1,234,567.89}. */
    public String display() {
        return display(units, scale);
    }

    /** {@code 1234.50 USD}. */
    @Override
    public String toString() {
        return plain() + " " + asset.value();
    }

    /** A count of minor units as a decimal with exactly {@code scale} decimals. */
    public static BigDecimal decimal(long units, int scale) {
        checkScale(scale);
        return BigDecimal.valueOf(units, scale);
    }

    /** A count of minor units as plain text with exactly {@code scale} decimals: {@code 123450, 2} is {@code 1234.50}. */
    public static String plain(long units, int scale) {
        return decimal(units, scale).toPlainString();
    }

    /** A count of minor units with thousands separators and exactly {@code scale} decimals: {@code 1,234.50}. */
    public static String display(long units, int scale) {
        String plain = plain(units, scale);
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder text = new StringBuilder(plain.length() + (end - start) / 3);
        text.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, end, plain.length()).toString();
    }

    private void requireSameAsset(Amount other) {
        Objects.requireNonNull(other, "other");
        if (!asset.equals(other.asset)) {
            throw refused("asset", "cannot combine " + asset.value() + " with " + other.asset.value());
        }
        if (scale != other.scale) {
            throw refused(
                    "asset",
                    "cannot combine " + asset.value() + " of scale " + scale + " with " + other.asset.value()
                            + " of scale " + other.scale);
        }
    }

    /** Digits before the point, or minus the zeros after it before the first significant digit (0.005 has -2). */
    private static long integerDigits(BigDecimal value) {
        return (long) value.precision() - value.scale();
    }

    private static long unitsOf(String field, String asset, BigDecimal scaled) {
        try {
            return scaled.unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw tooLarge(field, asset);
        }
    }

    private static void checkScale(int scale) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale: must be within 0.." + MAX_SCALE + ", was " + scale);
        }
    }

    private static IllegalArgumentException tooLarge(String field, String asset) {
        return refused(field, "is too large for " + asset);
    }

    private static IllegalArgumentException tooLarge(String field, String asset, String text) {
        return refused(field, "is too large for " + asset + ", was '" + quoted(text) + "'");
    }

    private static IllegalArgumentException refused(String field, String rule) {
        return new IllegalArgumentException(field + ": " + rule);
    }

    /** The text as a message may quote it: at most a few dozen characters, whatever was sent. */
    static String quoted(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }

    /** Decimal text checked character by character: a sign, the digits before the point, the digits after it. */
    private record Text(String value, boolean negative, String whole, String fraction) {
        static Text read(String field, String text) {
            if (text == null || text.isBlank()) {
                throw refused(field, "must be given");
            }
            String value = text.strip();
            if (value.length() > MAX_TEXT) {
                throw refused(
                        field,
                        "must be a decimal number of at most " + MAX_TEXT + " characters, was '" + quoted(value) + "'");
            }
            boolean negative = value.charAt(0) == '-';
            int start = negative ? 1 : 0;
            int point = -1;
            for (int i = start; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '.' && point < 0) {
                    point = i;
                } else if (c < '0' || c > '9') {
                    throw notDecimal(field, value);
                }
            }
            int end = point < 0 ? value.length() : point;
            if (end == start || point == value.length() - 1) {
                throw notDecimal(field, value);
            }
            String fraction = point < 0 ? "" : value.substring(point + 1);
            if (fraction.length() > MAX_SCALE) {
                throw refused(field, "must have at most " + MAX_SCALE + " decimal places, was '" + quoted(value) + "'");
            }
            return new Text(value, negative, value.substring(start, end), fraction);
        }

        private static IllegalArgumentException notDecimal(String field, String value) {
            return refused(field, "must be a decimal number such as 1234.50, was '" + quoted(value) + "'");
        }
    }
}
