package org.backoffice.banking.message;

/**
 * An item of a file with where it stands there.
 *
 * @param item 1-based: the line a CSV record starts on, the position of a transaction in an XML message
 */
public record Numbered<T>(int item, T value) {
    public Numbered {
        if (item < 1) {
            throw new IllegalArgumentException("item: must be 1 or more, was " + item);
        }
    }
}
