package org.backoffice.platform.document;

import java.util.List;

/** A document that breaks its rules, or that the ledger refused; nothing was changed. */
public final class InvalidDocumentException extends IllegalArgumentException {
    private final List<FieldError> errors;

    public InvalidDocumentException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidDocumentException of(String field, String message) {
        return new InvalidDocumentException(List.of(new FieldError(field, message)));
    }

    /**
     * A value's refusal ({@code "field: rule"}, as {@link IllegalArgumentException}s from factories read) as a field
     * error; a message without a field is put against {@code otherwise}.
     */
    public static InvalidDocumentException from(IllegalArgumentException refusal, String otherwise) {
        if (refusal instanceof InvalidDocumentException invalid) {
            return invalid;
        }
        String message = refusal.getMessage() == null ? "is not valid" : refusal.getMessage();
        int colon = message.indexOf(": ");
        return colon > 0 ? of(message.substring(0, colon), message.substring(colon + 2)) : of(otherwise, message);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(error.field()).append(": ").append(error.message());
        }
        return text.toString();
    }
}
