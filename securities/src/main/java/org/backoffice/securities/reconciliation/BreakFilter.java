package org.backoffice.securities.reconciliation;

/** Which breaks to list; a null field does not narrow. */
public record BreakFilter(BreakStatus status, BreakKind kind, String owner, String account) {
    public static BreakFilter open() {
        return new BreakFilter(BreakStatus.OPEN, null, null, null);
    }

    public static BreakFilter all() {
        return new BreakFilter(null, null, null, null);
    }

    public BreakFilter withKind(BreakKind newKind) {
        return new BreakFilter(status, newKind, owner, account);
    }
}
