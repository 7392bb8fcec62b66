package org.backoffice.securities.reference;

/** What an instrument is: a share or a bond; a bond pays coupons and accrues interest between them. */
public enum InstrumentKind {
    EQUITY,
    BOND
}
