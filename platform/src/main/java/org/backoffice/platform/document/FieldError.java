package org.backoffice.platform.document;

/** One broken rule of an input: the field (e.g. {@code lines[1].amount}) and what is wrong with it. */
public record FieldError(String field, String message) {
    /**
     * Reads a {@code "field: rule"} message, the form Backoffice's refusals take (an IllegalArgumentException from a
     * record, a companion's or a module's refusal): {@code "amount: must be positive"} is the rule
     * {@code must be positive} of {@code amount}. A message that names no field is about the input as a whole, and
     * has a null field.
     */
    public static FieldError parse(String message) {
        return parse(message, null);
    }

    /** As {@link #parse(String)}, with {@code whole} as the field of a message that names none. */
    public static FieldError parse(String message, String whole) {
        if (message == null || message.isBlank()) {
            return new FieldError(whole, "is not valid");
        }
        int colon = message.indexOf(": ");
        return colon > 0
                ? new FieldError(message.substring(0, colon), message.substring(colon + 2))
                : new FieldError(whole, message);
    }

    /** The error on one line, {@code "field: rule"}, or the rule alone when it names no field. */
    public String text() {
        return field == null ? message : field + ": " + message;
    }
}
