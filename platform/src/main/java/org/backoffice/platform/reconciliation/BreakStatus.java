package org.backoffice.platform.reconciliation;

/**
 * Where a break is in its life: {@code OPEN → ASSIGNED → RESOLVED}, and a break may be resolved
 * straight from OPEN. As a filter, OPEN means every break not resolved yet, assigned or not: the
 * work still to do.
 */
public enum BreakStatus {
    /** Found, and given to nobody yet; the user whose import or run found it may own it already. */
    OPEN,
    /** Given to a user to explain. */
    ASSIGNED,
    /** Explained: how, by whom and when are kept. */
    RESOLVED
}
