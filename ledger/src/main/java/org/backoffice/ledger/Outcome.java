package org.backoffice.ledger;

import java.time.Instant;

/** What became of a submitted request, once its batch is durably committed. */
public sealed interface Outcome permits Outcome.Accepted, Outcome.Rejected {
    TransactionId id();

    default boolean accepted() {
        return this instanceof Accepted;
    }

    /**
     * The transaction is in the ledger.
     *
     * @param replay true when an earlier submission with the same id and content was accepted, and
     *     this one changed nothing
     */
    record Accepted(TransactionId id, Instant bookedAt, boolean replay) implements Outcome {}

    /** Nothing was changed; {@code detail} says which account, posting or rule. */
    record Rejected(TransactionId id, RejectionReason reason, String detail) implements Outcome {}
}
