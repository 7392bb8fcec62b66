package org.backoffice.ledger;

/** Position after a statement line; pages continue from here. */
public record StatementCursor(long bookedAtMicros, long transactionId, int postingIndex) {}
