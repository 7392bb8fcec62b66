package org.backoffice.securities.trade;

/**
 * Where a trade is on its way to settlement. A trade enters the book {@code NEW}, or {@code REPAIR}
 * when a rule is broken; only a {@code NEW} trade is instructed. The settlement states follow the
 * depository's status and confirmations.
 */
public enum TradeStatus {
    NEW,
    REPAIR,
    INSTRUCTED,
    MATCHED,
    UNMATCHED,
    PENDING,
    FAILING,
    PARTIALLY_SETTLED,
    SETTLED,
    CANCELLED;

    /** Whether amendments and cancellations are still made in the book alone, nothing instructed yet. */
    public boolean beforeInstruction() {
        return this == NEW || this == REPAIR;
    }

    public boolean terminal() {
        return this == SETTLED || this == CANCELLED;
    }
}
