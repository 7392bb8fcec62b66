package org.backoffice.securities.trade;

import java.time.Instant;

/**
 * One version of a trade: as captured, or an amendment or cancellation a maker proposed and a
 * checker approved or rejected. The book keeps every one.
 */
public record TradeVersion(
        long tradeId,
        int version,
        Action action,
        State state,
        NewTrade body,
        String reason,
        String madeBy,
        Instant madeAt,
        String checkedBy,
        Instant checkedAt) {
    public enum Action {
        CAPTURE,
        AMEND,
        CANCEL
    }

    public enum State {
        /** The version the trade is at now. */
        CURRENT,
        /** Was current; a later version replaced it. */
        SUPERSEDED,
        /** Waits for a checker. */
        PROPOSED,
        REJECTED
    }
}
