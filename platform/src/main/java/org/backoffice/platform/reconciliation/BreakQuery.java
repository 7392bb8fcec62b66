package org.backoffice.platform.reconciliation;

/**
 * Which breaks to list; a null field does not narrow.
 *
 * @param account the reconciled account, as the source names it
 * @param kind one of the source's kinds
 * @param status OPEN for every break not resolved yet (assigned ones too), ASSIGNED, RESOLVED
 * @param owner a username, or {@link #UNASSIGNED} for breaks nobody owns
 * @param minAge at least this many business days old
 */
public record BreakQuery(String account, String kind, BreakStatus status, String owner, Integer minAge) {
    public static final String UNASSIGNED = "-";

    public BreakQuery {
        account = blankToNull(account);
        kind = blankToNull(kind);
        owner = blankToNull(owner);
        if (minAge != null && minAge < 0) {
            throw new IllegalArgumentException("minAge: must be zero or more, was " + minAge);
        }
    }

    public static BreakQuery all() {
        return new BreakQuery(null, null, null, null, null);
    }

    /** Every break still to explain. */
    public static BreakQuery open() {
        return new BreakQuery(null, null, BreakStatus.OPEN, null, null);
    }

    public BreakQuery withAccount(String newAccount) {
        return new BreakQuery(newAccount, kind, status, owner, minAge);
    }

    public BreakQuery withKind(String newKind) {
        return new BreakQuery(account, newKind, status, owner, minAge);
    }

    public BreakQuery withStatus(BreakStatus newStatus) {
        return new BreakQuery(account, kind, newStatus, owner, minAge);
    }

    public BreakQuery withOwner(String newOwner) {
        return new BreakQuery(account, kind, status, newOwner, minAge);
    }

    public BreakQuery withMinAge(Integer newMinAge) {
        return new BreakQuery(account, kind, status, owner, newMinAge);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
