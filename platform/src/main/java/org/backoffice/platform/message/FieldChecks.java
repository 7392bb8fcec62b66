package org.backoffice.platform.message;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Shape checks of message records (statements, clearing payments); each failure is a {@link
 * FieldProblem} that names its field.
 */
public final class FieldChecks {
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    // Shape only: country, check digits, basic account number. The account layer verifies the check digits.
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern ISIN = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");
    // The SWIFT X character set, which MT fields must keep to.
    private static final Pattern SWIFT_X = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]*");

    private FieldChecks() {}

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new FieldProblem(field, "is missing");
        }
        return optionalText(field, value, maxLength);
    }

    /** Null or blank becomes null: an absent optional value has one representation. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new FieldProblem(field, "must be at most " + maxLength + " characters, was " + value.length());
        }
        return value;
    }

    public static String bic(String field, String value) {
        missing(field, value);
        if (!BIC.matcher(value).matches()) {
            throw new FieldProblem(field, "must be a BIC of 8 or 11 upper-case letters and digits, was " + value);
        }
        return value;
    }

    public static String iban(String field, String value) {
        missing(field, value);
        if (!IBAN.matcher(value).matches()) {
            throw new FieldProblem(
                    field, "must be an IBAN (2 letters, 2 digits, 11-30 letters or digits), was " + value);
        }
        return value;
    }

    public static String currency(String field, String value) {
        missing(field, value);
        if (!CURRENCY.matcher(value).matches()) {
            throw new FieldProblem(field, "must be 3 upper-case letters, was " + value);
        }
        return value;
    }

    public static BigDecimal positive(String field, BigDecimal value, int maxScale) {
        if (value == null) {
            throw new FieldProblem(field, "is missing");
        }
        if (value.signum() <= 0) {
            throw new FieldProblem(field, "must be positive, was " + value.toPlainString());
        }
        // Trailing zeros are no precision: 10.500 is a valid amount in cents.
        if (value.stripTrailingZeros().scale() > maxScale) {
            throw new FieldProblem(field, "must have at most " + maxScale + " decimals, was " + value.toPlainString());
        }
        return value;
    }

    public static BigDecimal notNegative(String field, BigDecimal value) {
        if (value == null) {
            throw new FieldProblem(field, "is missing");
        }
        if (value.signum() < 0) {
            throw new FieldProblem(field, "must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    private static void missing(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FieldProblem(field, "is missing");
        }
    }

    /** A reference that goes into an ISO 15022 field: at most 16 characters, no leading or trailing slash, no "//". */
    public static String reference(String field, String value) {
        String text = text(field, value, 16);
        if (!SWIFT_X.matcher(text).matches() || text.startsWith("/") || text.endsWith("/") || text.contains("//")) {
            throw new FieldProblem(
                    field, "must be SWIFT characters without a leading or trailing '/' or '//', was " + text);
        }
        return text;
    }

    /** An account in SWIFT characters, at most 35. */
    public static String account(String field, String value) {
        String text = text(field, value, 35);
        if (!SWIFT_X.matcher(text).matches()) {
            throw new FieldProblem(
                    field, "must be SWIFT characters (letters, digits, / - ? : ( ) . , ' + space), was " + text);
        }
        return text;
    }

    /** Twelve characters: country, nine alphanumerics and the Luhn check digit over the letters as numbers. */
    public static String isin(String field, String value) {
        missing(field, value);
        if (value.length() != 12) {
            throw new FieldProblem(
                    field, "must be an ISIN of 12 characters, was " + value.length() + " (" + value + ")");
        }
        if (!ISIN.matcher(value).matches()) {
            throw new FieldProblem(field, "must be an ISIN (2 letters, 9 letters or digits, 1 digit), was " + value);
        }
        if (isinCheckDigit(value.substring(0, 11)) != value.charAt(11) - '0') {
            throw new FieldProblem(field, "ISIN check digit is wrong in " + value);
        }
        return value;
    }

    /** The ISIN check digit of the first 11 characters: Luhn over the letters as numbers (A is 10). */
    public static int isinCheckDigit(String first11) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < first11.length(); i++) {
            char c = first11.charAt(i);
            digits.append(Character.isDigit(c) ? String.valueOf(c - '0') : String.valueOf(c - 'A' + 10));
        }
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    /** Trailing zeros carry no meaning in a quantity: 100.00 and 100 are one, so records compare equal. */
    public static BigDecimal normal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new FieldProblem(field, "is missing");
        }
        return value;
    }
}
