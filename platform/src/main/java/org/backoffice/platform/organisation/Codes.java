package org.backoffice.platform.organisation;

import java.util.regex.Pattern;

/** Checks of the short codes reference data is keyed by. */
final class Codes {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");

    private Codes() {}

    static String code(String field, String value, int maxLength) {
        if (value == null
                || value.isEmpty()
                || value.length() > maxLength
                || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    field + ": must be 1.." + maxLength + " upper-case letters, digits, '_' or '-', was "
                            + (value == null ? "nothing" : "'" + value + "'"));
        }
        return value;
    }

    static String name(String field, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException(field + ": must be given, at most 200 characters");
        }
        return value.strip();
    }
}
