package org.backoffice.server.securities.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import org.backoffice.platform.document.InvalidDocumentException;

/**
 * Reading a request's text fields as decimals, dates, choices and codes, and the ids in its address; each refusal
 * names its field ("field: rule").
 */
final class ApiValues {
    private ApiValues() {}

    static BigDecimal decimal(String field, String text) {
        return decimal(field, text, "-?");
    }

    /** A decimal that cannot be negative, such as a nominal or a coupon rate. */
    static BigDecimal unsignedDecimal(String field, String text) {
        return decimal(field, text, "");
    }

    private static BigDecimal decimal(String field, String text, String sign) {
        if (text == null || !text.strip().matches(sign + "\\d{1,15}(\\.\\d{1,12})?")) {
            throw new IllegalArgumentException(field + ": must be a decimal such as 100 or 4.25");
        }
        return new BigDecimal(text.strip());
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": must be a date as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": must be a date as YYYY-MM-DD");
        }
    }

    static LocalDate dateOr(String field, String text, LocalDate otherwise) {
        return text == null || text.isBlank() ? otherwise : date(field, text);
    }

    static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        try {
            return text == null || text.isBlank()
                    ? null
                    : Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": must be one of " + List.of(type.getEnumConstants()));
        }
    }

    /** A code as the books keep it, stripped and in upper case; null when blank. */
    static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * What an address names by its id, as far as the caller may see it: an id that is not digits, or that names
     * something the caller may not see, is a 404 "no such {@code what}".
     */
    static <T> T visible(String what, String id, LongFunction<T> find) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NoSuchElementException("no such " + what + ": " + id);
        }
        try {
            return find.apply(Long.parseLong(id));
        } catch (InvalidDocumentException e) {
            throw new NoSuchElementException("no such " + what + ": " + id);
        }
    }

    static <E extends Enum<E>> E required(String field, String text, Class<E> type) {
        E value = choice(field, text, type);
        if (value == null) {
            throw new IllegalArgumentException(field + ": must be one of " + List.of(type.getEnumConstants()));
        }
        return value;
    }
}
