package org.backoffice.platform.message;

/**
 * A value that does not fit its field. It stays an {@link IllegalArgumentException} for callers
 * that build records by hand; the file readers catch it to report the field by name and go on with
 * the next item.
 */
public final class FieldProblem extends IllegalArgumentException {
    private final String field;
    private final String reason;

    public FieldProblem(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
