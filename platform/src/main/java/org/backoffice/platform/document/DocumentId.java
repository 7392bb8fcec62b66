package org.backoffice.platform.document;

import org.backoffice.ledger.TransactionId;

/** A document's id, which is also the id of the ledger transaction it posts. */
public record DocumentId(long value) {
    public DocumentId {
        if (value <= 0) {
            throw new IllegalArgumentException("id: must be positive, was " + value);
        }
    }

    public static DocumentId parse(String text) {
        try {
            return new DocumentId(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("id: must be a document id, was '" + text + "'");
        }
    }

    public TransactionId transactionId() {
        return TransactionId.of(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
