package org.backoffice.securities.corporate;

/** What a corporate action does: pays cash per share or bond, or changes the number of shares. */
public enum ActionKind {
    DIVIDEND,
    COUPON,
    SPLIT
}
