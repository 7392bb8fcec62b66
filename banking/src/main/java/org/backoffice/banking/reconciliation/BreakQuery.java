package org.backoffice.banking.reconciliation;

/**
 * Which breaks to list; null fields do not filter.
 *
 * @param nostro a nostro book account number
 * @param owner a username, or {@link #UNASSIGNED} for breaks nobody owns
 * @param minAge at least this many business days old
 */
public record BreakQuery(String nostro, BreakStatus status, String owner, Integer minAge) {
    public static final String UNASSIGNED = "-";

    public BreakQuery {
        if (minAge != null && minAge < 0) {
            throw new IllegalArgumentException("minAge: must be zero or more, was " + minAge);
        }
    }

    public static BreakQuery open() {
        return new BreakQuery(null, BreakStatus.OPEN, null, null);
    }
}
