package org.backoffice.ledger;

/** What a stored transaction did. The code is what the database keeps. */
public enum TransactionKind {
    TRANSFER(1),
    PENDING(2),
    POST_PENDING(3),
    VOID_PENDING(4),
    EXPIRY(5),
    REVERSAL(6);

    private final int code;

    TransactionKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static TransactionKind ofCode(int code) {
        for (TransactionKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalStateException("unknown transaction kind code " + code);
    }

    /** Whether the transaction's postings moved posted balances (and so can be reversed). */
    public boolean posts() {
        return this == TRANSFER || this == POST_PENDING;
    }
}
