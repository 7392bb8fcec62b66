package org.backoffice.securities.message;

/** The side of a fill, seen from the account that traded. */
public enum Side {
    BUY,
    SELL
}
