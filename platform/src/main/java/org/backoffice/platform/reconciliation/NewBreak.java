package org.backoffice.platform.reconciliation;

import java.time.LocalDate;

/**
 * A difference a module found, before it is stored as an OPEN break; see {@link Break} for the
 * fields. {@link #oneSided} is an item one side has and the other has not (an entry on the
 * statement, a posting in our books); {@link #comparison} a figure both sides state and differ on.
 */
public record NewBreak(
        String kind,
        String item,
        String branch,
        String account,
        String subject,
        String detail,
        String asset,
        String side,
        long amount,
        Long ours,
        Long theirs,
        LocalDate since,
        String statementRef,
        String owner) {
    public static final int MAX_ITEM = 200;
    public static final int MAX_SUBJECT = 128;
    public static final int MAX_DETAIL = 200;

    public NewBreak {
        required("kind", kind, 16);
        required("item", item, MAX_ITEM);
        required("branch", branch, 16);
        required("account", account, 40);
        subject = cut(subject, MAX_SUBJECT);
        detail = cut(detail, MAX_DETAIL);
        if (side != null && !side.equals("DEBIT") && !side.equals("CREDIT")) {
            throw new IllegalArgumentException("side: must be DEBIT or CREDIT, was " + side);
        }
        if (since == null) {
            throw new IllegalArgumentException("since: must be given");
        }
    }

    /** An item one side booked and the other did not: {@code side} and {@code amount} as it was booked. */
    public static NewBreak oneSided(
            String kind,
            String item,
            String branch,
            String account,
            String subject,
            String asset,
            String side,
            long amount,
            LocalDate since,
            String owner) {
        return new NewBreak(
                kind, item, branch, account, subject, null, asset, side, amount, null, null, since, null, owner);
    }

    /** A figure both sides state and differ on; the amount is theirs less ours. */
    public static NewBreak comparison(
            String kind,
            String item,
            String branch,
            String account,
            String subject,
            String detail,
            long ours,
            long theirs,
            LocalDate since,
            String statementRef) {
        return new NewBreak(
                kind,
                item,
                branch,
                account,
                subject,
                detail,
                null,
                null,
                Math.subtractExact(theirs, ours),
                ours,
                theirs,
                since,
                statementRef,
                null);
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(field + ": must be 1 to " + max + " characters, was '" + value + "'");
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
