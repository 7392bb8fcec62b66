package org.backoffice.banking.clearing;

/** How an incoming payment held in suspense leaves it. */
public enum Resolution {
    /** Back to the sending bank, with the next clearing cycle. */
    RETURN,
    /** To an account of this bank that an operator names. */
    REROUTE
}
