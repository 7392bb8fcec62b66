package org.backoffice.securities.reference;

/**
 * An International Securities Identification Number (ISO 6166): a two-letter country prefix, nine
 * letters or digits, and a check digit by the Luhn algorithm over the letters spelled as numbers.
 */
public record Isin(String value) {
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");

    public Isin {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("isin: " + problem);
        }
    }

    public static Isin of(String value) {
        return new Isin(value);
    }

    public static boolean valid(String value) {
        return problem(value) == null;
    }

    /** The ISIN of these eleven characters with its check digit, e.g. for test and demo instruments. */
    public static Isin withCheckDigit(String body) {
        if (body == null || !body.matches("[A-Z]{2}[A-Z0-9]{9}")) {
            throw new IllegalArgumentException("isin: must be 2 letters and 9 letters or digits, was '" + body + "'");
        }
        return new Isin(body + checkDigit(body));
    }

    /** What is wrong with the text as an ISIN, or null when it is one. */
    public static String problem(String value) {
        if (value == null || value.isBlank()) {
            return "must be given";
        }
        if (!SHAPE.matcher(value).matches()) {
            return "must be 2 letters, 9 letters or digits and a check digit, was '" + value + "'";
        }
        int expected = checkDigit(value.substring(0, 11));
        if (expected != value.charAt(11) - '0') {
            return "check digit of '" + value + "' must be " + expected;
        }
        return null;
    }

    /** The Luhn check digit of the first eleven characters. */
    static int checkDigit(String body) {
        StringBuilder digits = new StringBuilder();
        for (char ch : body.toCharArray()) {
            digits.append(Character.isDigit(ch) ? Integer.toString(ch - '0') : Integer.toString(ch - 'A' + 10));
        }
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
