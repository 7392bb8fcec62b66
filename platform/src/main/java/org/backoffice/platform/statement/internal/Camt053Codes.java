package org.backoffice.platform.statement.internal;

/** The ISO 20022 codes the camt.053 reader and writer agree on. */
public final class Camt053Codes {
    /** Opening booked balance. */
    public static final String OPENING = "OPBD";

    /** Previously closed booked: the opening balance some banks send instead of OPBD. */
    public static final String PREVIOUSLY_CLOSED = "PRCD";

    /** Closing booked balance. */
    public static final String CLOSING = "CLBD";

    public static final String BOOKED = "BOOK";

    /** The ISO placeholder for a reference or code that was not given. */
    public static final String NOT_PROVIDED = "NOTPROVIDED";

    private Camt053Codes() {}
}
