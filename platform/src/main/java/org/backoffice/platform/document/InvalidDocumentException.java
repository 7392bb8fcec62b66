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
