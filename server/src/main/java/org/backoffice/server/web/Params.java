package org.backoffice.server.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Query parameters as the API reads them: each refused with the parameter's name when it is out of bounds. */
public final class Params {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 1000;

    private Params() {}

    public static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0) {
            throw new IllegalArgumentException("page: must be 0 or more, was " + page);
        }
        return page;
    }

    public static int size(Integer size) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: must be within 1.." + MAX_SIZE + ", was " + size);
        }
        return size;
    }

    /** A date as {@code YYYY-MM-DD}, strictly (no 30 February); null when the parameter is absent or empty. */
    public static LocalDate date(String name, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + ": must be a date as YYYY-MM-DD, was '" + abbreviated(text) + "'");
        }
    }

    /** One of an enum's constants by its exact name; null when absent or empty. */
    public static <E extends Enum<E>> E choice(String name, String text, Class<E> type) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(name + ": must be one of "
                + String.join(
                        ", ",
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ", was '"
                + abbreviated(text) + "'");
    }

    public static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
