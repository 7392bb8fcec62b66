package org.backoffice.securities.trade;

/** Where a trade came into the book from. */
public enum TradeSource {
    MANUAL,
    CSV,
    FIX
}
