package org.backoffice.securities.message.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.backoffice.platform.message.FieldChecks;

/** Shape checks for the message records; each failure is "field: rule". */
public final class Checks {
    private static final Pattern ISIN = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    // The SWIFT X character set, which MT fields and the matching ISO 20022 texts must keep to.
    private static final Pattern SWIFT_X = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]*");

    private Checks() {}

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must be given");
        }
        return optionalText(field, value, maxLength);
    }

    /** Null or blank becomes null: an absent optional value has one representation. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(
                    field + ": must be at most " + maxLength + " characters, was " + value.length());
        }
        return value;
    }

    /** A reference that goes into a SWIFT field: at most 16 characters, no leading or trailing slash, no "//". */
    public static String reference(String field, String value) {
        String text = text(field, value, 16);
        if (!SWIFT_X.matcher(text).matches() || text.startsWith("/") || text.endsWith("/") || text.contains("//")) {
            throw new IllegalArgumentException(
                    field + ": must be SWIFT characters without a leading or trailing '/' or '//', was " + text);
        }
        return text;
    }

    public static String optionalReference(String field, String value) {
        return value == null || value.isBlank() ? null : reference(field, value);
    }

    /** An account or other free identifier in SWIFT characters, at most 35. */
    public static String account(String field, String value) {
        String text = text(field, value, 35);
        if (!SWIFT_X.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    field + ": must be SWIFT characters (letters, digits, / - ? : ( ) . , ' + space), was " + text);
        }
        return text;
    }

    public static String optionalAccount(String field, String value) {
        return value == null || value.isBlank() ? null : account(field, value);
    }

    /** Twelve characters, country, nine alphanumerics and the Luhn check digit over the letters as numbers. */
    public static String isin(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must be given");
        }
        if (value.length() != 12) {
            throw new IllegalArgumentException(
                    field + ": must be an ISIN of 12 characters, was " + value.length() + " (" + value + ")");
        }
        if (!ISIN.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    field + ": must be an ISIN (2 letters, 9 letters or digits, 1 digit), was " + value);
        }
        if (isinCheckDigit(value.substring(0, 11)) != value.charAt(11) - '0') {
            throw new IllegalArgumentException(field + ": ISIN check digit is wrong in " + value);
        }
        return value;
    }

    /** The ISIN check digit of the first 11 characters. */
    public static int isinCheckDigit(String first11) {
        return FieldChecks.isinCheckDigit(first11);
    }

    public static String bic(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must be given");
        }
        if (!BIC.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    field + ": must be a BIC of 8 or 11 upper-case letters and digits, was " + value);
        }
        return value;
    }

    public static String optionalBic(String field, String value) {
        return value == null || value.isBlank() ? null : bic(field, value);
    }

    public static String currency(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must be given");
        }
        if (!CURRENCY.matcher(value).matches()) {
            throw new IllegalArgumentException(field + ": must be 3 upper-case letters, was " + value);
        }
        return value;
    }

    public static BigDecimal positive(String field, BigDecimal value) {
        present(field, value);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + ": must be positive, was " + value.toPlainString());
        }
        return value;
    }

    public static BigDecimal notNegative(String field, BigDecimal value) {
        present(field, value);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + ": must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    /** Trailing zeros carry no meaning here: 100.00 and 100 are one quantity, so records compare equal. */
    public static BigDecimal normal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The amount of a settlement with its currency: required against payment, optional free of
     * payment; when given it is positive and has a currency, when absent so is the currency.
     *
     * @return the amount without meaningless trailing zeros, or null
     */
    public static BigDecimal settlementAmount(
            String field, BigDecimal amount, String currency, boolean againstPayment) {
        if (againstPayment) {
            present(field, amount);
        }
        BigDecimal normal = amount == null ? null : normal(positive(field, amount));
        if (normal != null) {
            currency("currency", currency);
        } else if (currency != null) {
            throw new IllegalArgumentException(
                    "currency: must be empty when there is no " + field + ", was " + currency);
        }
        return normal;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must be given");
        }
        return value;
    }
}
