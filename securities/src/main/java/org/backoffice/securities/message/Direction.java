package org.backoffice.securities.message;

/** The direction of a securities movement, seen from our safekeeping account. */
public enum Direction {
    RECEIVE,
    DELIVER
}
