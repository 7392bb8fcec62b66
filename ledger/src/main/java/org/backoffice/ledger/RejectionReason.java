package org.backoffice.ledger;

/** Why the ledger refused a request. A rejected request changes nothing and is not stored. */
public enum RejectionReason {
    ACCOUNT_NOT_FOUND,
    ACCOUNT_CLOSED,
    /** A posting's asset differs from the asset of one of its accounts. */
    ASSET_MISMATCH,
    /** The balance limit of an account would be crossed (overdraft, negative stock). */
    INSUFFICIENT_BALANCE,
    /** A balance would leave the range of a 64-bit count of minor units. */
    AMOUNT_OVERFLOW,
    /** The value date lies in a closed period. */
    PERIOD_CLOSED,
    /** The id was already used by a transaction with other content. */
    ID_REUSED_WITH_OTHER_CONTENT,
    PENDING_NOT_FOUND,
    /** The pending transfer was already posted, voided or expired. */
    PENDING_ALREADY_RESOLVED,
    /** The pending transfer's timeout has passed. */
    PENDING_EXPIRED,
    /** A partial post gave a wrong number of amounts, or more than was reserved. */
    AMOUNT_EXCEEDS_PENDING,
    ORIGINAL_NOT_FOUND,
    /** Only posted movements can be reversed: not a pending transfer, a void or a reversal. */
    NOT_REVERSIBLE,
    ALREADY_REVERSED,
    /** A companion module refused the request's precondition ({@link CommitCompanion#check}); the detail says which. */
    PRECONDITION_FAILED
}
