package org.backoffice.banking.message;

import java.util.Objects;

/**
 * Why one item of a file did not load.
 *
 * @param item where it is, 1-based: the line of a CSV record, the position of a transaction in an
 *     XML message; 0 for the file's header (the group header of a pacs.008)
 * @param field the file's own name of the field (a CSV column, an XML path), empty when the whole
 *     item is unreadable
 */
public record LineError(int item, String field, String message) {
    public LineError {
        if (item < 0) {
            throw new IllegalArgumentException("item: must not be negative, was " + item);
        }
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return item + (field.isEmpty() ? "" : " " + field) + ": " + message;
    }
}
