package org.backoffice.server.bank.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.document.FieldError;

/**
 * A form as the user typed it, with the message for each input that was refused: text throughout, so that a wrong
 * value comes back as it was entered. Errors about fields the form has no input for are shown above the form.
 */
public record FormState(Map<String, String> values, Map<String, String> errors) {
    public FormState {
        values = Map.copyOf(values);
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    static FormState of(Map<String, String> values) {
        return new FormState(values, Map.of());
    }

    /** The refused form: each error at its input if the form has one, the rest under {@code ""}. */
    FormState withErrors(List<FieldError> refused, Set<String> inputs) {
        Map<String, String> byInput = new LinkedHashMap<>();
        for (FieldError error : refused) {
            String input = error.field() != null && inputs.contains(error.field()) ? error.field() : "";
            String message =
                    input.isEmpty() && error.field() != null ? error.field() + ": " + error.message() : error.message();
            byInput.merge(input, message, (a, b) -> a + "; " + b);
        }
        return new FormState(values, byInput);
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

    /** What the form says about no input in particular, or null. */
    public String general() {
        return errors.get("");
    }

    /** The value without surrounding blanks, or null when none was typed. */
    String given(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
