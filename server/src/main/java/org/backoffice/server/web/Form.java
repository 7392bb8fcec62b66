package org.backoffice.server.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.document.FieldError;

/**
 * A form as the user typed it, with the message for each input that was refused: text throughout, so that a wrong
 * value comes back as it was entered. Every page reads its form this way ({@code @RequestParam Map} into
 * {@link #of(Map)}, typed values through {@link Inputs}), and the fragments of {@code fields.html} render it. Errors
 * about fields the form has no input for are shown above it.
 */
public record Form(Map<String, String> values, Map<String, String> errors) {
    public Form {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** The form as sent; a parameter without a value is left out. */
    public static Form of(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                kept.put(k, v);
            }
        });
        return new Form(kept, Map.of());
    }

    /** The refused form: each error at its input if the form has one, the rest under {@code ""}. */
    public Form withErrors(List<FieldError> refused, Set<String> inputs) {
        return new Form(values, byInput(refused, inputs));
    }

    /**
     * The errors by input name, several for one input joined; the ones no input shows are under {@code ""}, with the
     * field they name.
     */
    public static Map<String, String> byInput(List<FieldError> refused, Set<String> inputs) {
        Map<String, String> byInput = new LinkedHashMap<>();
        for (FieldError error : refused) {
            String input = error.field() != null && inputs.contains(error.field()) ? error.field() : "";
            String message = input.isEmpty() ? error.text() : error.message();
            byInput.merge(input, message, (a, b) -> a + "; " + b);
        }
        return byInput;
    }

    /** The value as typed, or {@code ""}: what an input shows. */
    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    /** The value as typed, blanks and all, or null when the form had no such input. */
    public String text(String name) {
        return values.get(name);
    }

    /** The value without surrounding blanks, or null when none was typed. */
    public String given(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** As {@link #given(String)}, in capitals: codes (ISIN, BIC, MIC, LEI, currency). */
    public String upper(String name) {
        String value = given(name);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean refused() {
        return !errors.isEmpty();
    }

    /** What the form says about no input in particular, or null. */
    public String general() {
        return errors.get("");
    }
}
