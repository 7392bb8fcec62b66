package org.backoffice.securities.trade;

/** Whether the depo account buys (receives the securities) or sells (delivers them). */
public enum Side {
    BUY,
    SELL
}
