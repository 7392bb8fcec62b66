package org.backoffice.banking.message.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Shape checks shared by the message records; each failure names its field. */
public final class Checks {
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    // Shape only: country, check digits, basic account number. The account layer verifies the check digits.
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");

    private Checks() {}

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

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new FieldProblem(field, "is missing");
        }
        return value;
    }
}
