package org.backoffice.securities.trade;

import java.time.LocalDate;

/** A filter on the blotter; null fields do not filter. */
public record TradeQuery(
        String branch, TradeStatus status, String isin, String depoAccount, LocalDate tradeDate, int page, int size) {
    public static final int MAX_SIZE = 500;

    public TradeQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page: must not be negative, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: must be within 1.." + MAX_SIZE + ", was " + size);
        }
    }

    public static TradeQuery all() {
        return new TradeQuery(null, null, null, null, null, 0, 50);
    }

    public TradeQuery withStatus(TradeStatus newStatus) {
        return new TradeQuery(branch, newStatus, isin, depoAccount, tradeDate, page, size);
    }

    public TradeQuery withPage(int newPage, int newSize) {
        return new TradeQuery(branch, status, isin, depoAccount, tradeDate, newPage, newSize);
    }
}
