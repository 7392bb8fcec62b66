package org.backoffice.ledger;

/** The database failed under the ledger; the outcome of a write in flight is unknown, so retry it by id. */
public class LedgerStorageException extends RuntimeException {
    public LedgerStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
