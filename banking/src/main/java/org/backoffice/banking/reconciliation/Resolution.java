package org.backoffice.banking.reconciliation;

/** How a break was closed. */
public enum Resolution {
    /** A user matched the item to a specific entry or posting. */
    MATCHED,
    /** The matching rules matched it later: the counterpart arrived on a later statement or was posted. */
    AUTO_MATCHED,
    /** A correcting document was posted; the note names it. */
    CORRECTED,
    /** Accepted as it is, with a reason. */
    WRITTEN_OFF
}
