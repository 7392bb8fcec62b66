package org.backoffice.server.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;

/**
 * Reading typed text as numbers and dates, each refusal noted against its field; and running a service call so that
 * every refusal it gives ({@code "field: rule"} from a record, a document's field errors) lands on the form.
 */
public final class Inputs {
    private Inputs() {}

    /** A form's input, described for the generic form page. */
    public record Input(String name, String label, String type, List<String> options) {
        public static Input text(String name, String label) {
            return new Input(name, label, "text", List.of());
        }

        public static Input date(String name, String label) {
            return new Input(name, label, "date", List.of());
        }

        public static Input select(String name, String label, List<String> options) {
            return new Input(name, label, "select", options);
        }

        public static Input check(String name, String label) {
            return new Input(name, label, "checkbox", List.of());
        }
    }

    public static Long whole(Form form, String name, List<FieldError> errors) {
        String text = form.given(name);
        if (text == null || !text.matches("-?\\d{1,18}")) {
            errors.add(new FieldError(name, "must be a whole number"));
            return null;
        }
        return Long.parseLong(text);
    }

    public static Integer integer(Form form, String name, List<FieldError> errors) {
        String text = form.given(name);
        if (text == null || !text.matches("-?\\d{1,9}")) {
            errors.add(new FieldError(name, "must be a whole number"));
            return null;
        }
        return Integer.parseInt(text);
    }

    public static BigDecimal decimal(Form form, String name, List<FieldError> errors) {
        String text = form.given(name);
        if (text == null) {
            return null;
        }
        if (!text.matches("-?\\d{1,15}(\\.\\d{1,12})?")) {
            errors.add(new FieldError(name, "must be a decimal such as 101.25"));
            return null;
        }
        return new BigDecimal(text);
    }

    public static LocalDate date(Form form, String name, List<FieldError> errors) {
        String text = form.given(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(Form form, String name, Class<E> type, List<FieldError> errors) {
        String text = form.upper(name);
        try {
            return text == null ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    /**
     * An amount of money typed, or null when none was: digits with an optional fraction, thousands separated by commas
     * if the user likes; anything else is an error at its input.
     */
    public static BigDecimal amount(Form form, String name, List<FieldError> errors) {
        String text = form.given(name);
        if (text == null) {
            return null;
        }
        String plain = text.replace(",", "");
        if (!plain.matches("\\d{1,19}(\\.\\d{1,18})?")) {
            errors.add(new FieldError(name, "must be a decimal number such as 1250.00"));
            return null;
        }
        return new BigDecimal(plain);
    }

    /** The names of an enum's constants, as a select offers them. */
    public static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The call's result, or null with its refusals added to {@code errors}. */
    public static <T> T attempt(List<FieldError> errors, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidDocumentException e) {
            errors.addAll(e.errors());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.parse(e.getMessage()));
        }
        return null;
    }
}
