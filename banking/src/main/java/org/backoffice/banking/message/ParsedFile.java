package org.backoffice.banking.message;

import java.util.List;

/** What a file held: the items that loaded and, item by item, why the others did not. */
public record ParsedFile<T>(List<T> items, List<LineError> errors) {
    public ParsedFile {
        items = List.copyOf(items);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
