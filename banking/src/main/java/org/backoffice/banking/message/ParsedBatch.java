package org.backoffice.banking.message;

import java.util.List;
import java.util.Objects;

/**
 * A clearing batch as read from a file: the payments that loaded, and why the others did not.
 *
 * @param batch the group header with only the payments that loaded
 */
public record ParsedBatch(ClearingBatch batch, List<LineError> errors) {
    public ParsedBatch {
        Objects.requireNonNull(batch, "batch");
        errors = List.copyOf(errors);
    }

    public ParsedFile<ClearingPayment> payments() {
        return new ParsedFile<>(batch.payments(), errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
