package org.backoffice.ledger;

/**
 * Identifies a ledger transaction and is its idempotency key. Chosen by the submitter (a document's
 * id, or {@link TransactionIds#next()}); positive.
 */
public record TransactionId(long value) implements Comparable<TransactionId> {
    public TransactionId {
        if (value <= 0) {
            throw new IllegalArgumentException("transactionId: must be positive, was " + value);
        }
    }

    public static TransactionId of(long value) {
        return new TransactionId(value);
    }

    @Override
    public int compareTo(TransactionId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
