package org.backoffice.server.securities.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.document.FieldError;

/**
 * A securities form as the user typed it, with the message for each refused input; errors about fields the form has no
 * input for are shown above it. The same shape as the bank's forms, so the same field fragments render it.
 */
public record Form(Map<String, String> values, Map<String, String> errors) {
    public Form {
        values = Map.copyOf(values);
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    static Form of(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                kept.put(k, v);
            }
        });
        return new Form(kept, Map.of());
    }

    Form withErrors(List<FieldError> refused, Set<String> inputs) {
        Map<String, String> byInput = new LinkedHashMap<>();
        for (FieldError error : refused) {
            String input = error.field() != null && inputs.contains(error.field()) ? error.field() : "";
            String message =
                    input.isEmpty() && error.field() != null ? error.field() + ": " + error.message() : error.message();
            byInput.merge(input, message, (a, b) -> a + "; " + b);
        }
        return new Form(values, byInput);
    }

    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean refused() {
        return !errors.isEmpty();
    }

    public String general() {
        return errors.get("");
    }

    /** The value without surrounding blanks, or null when none was typed. */
    String given(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String upper(String name) {
        String value = given(name);
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }
}
