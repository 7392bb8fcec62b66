package org.backoffice.securities.corporate;

/** Day count conventions for bond interest. */
public enum DayCount {
    ACT_360,
    ACT_365,
    ACT_ACT_ICMA,
    THIRTY_360
}
