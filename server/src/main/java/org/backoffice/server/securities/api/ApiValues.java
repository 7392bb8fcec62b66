package org.backoffice.server.securities.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading a request's text fields as decimals, dates and choices; each refusal names its field ("field: rule"). */
final class ApiValues {
    private ApiValues() {}

    static BigDecimal decimal(String field, String text) {
        if (text == null || !text.strip().matches("-?\\d{1,15}(\\.\\d{1,12})?")) {
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

    static <E extends Enum<E>> E required(String field, String text, Class<E> type) {
        E value = choice(field, text, type);
        if (value == null) {
            throw new IllegalArgumentException(field + ": must be one of " + List.of(type.getEnumConstants()));
        }
        return value;
    }
}
