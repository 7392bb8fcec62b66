package org.backoffice.server.web;

/**
 * One entry of a problem's {@code errors} list.
 *
 * @param field the path of the offending field in the request ({@code lines[0].amount}), or null when the
 *     error is about the request as a whole
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {
    /** Splits a {@code "field: rule"} message, the form IllegalArgumentExceptions take in Backoffice. */
    public static FieldError fromMessage(String message) {
        if (message == null || message.isBlank()) {
            return new FieldError(null, "is not valid");
        }
        int colon = message.indexOf(": ");
        if (colon <= 0) {
            return new FieldError(null, message);
        }
        return new FieldError(message.substring(0, colon), message.substring(colon + 2));
    }
}
