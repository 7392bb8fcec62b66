package org.backoffice.platform.reconciliation.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakResolution;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.platform.reconciliation.NewBreak;

/** The rows of {@code reconciliation_breaks}: how they read and how they are written. */
public final class BreakRows {
    private BreakRows() {}

    /** The age of a break from its date: the caller knows today, the calendar and the zone. */
    @FunctionalInterface
    public interface Ages {
        int age(LocalDate since, Instant resolvedAt);
    }

    public static Break read(ResultSet rs, Ages ages) throws SQLException {
        LocalDate since = LocalDate.parse(rs.getString("since"));
        Instant resolvedAt = instant(rs, "resolved_at");
        String status = rs.getString("status");
        return new Break(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("kind"),
                rs.getString("item"),
                rs.getString("branch"),
                rs.getString("account"),
                rs.getString("subject"),
                rs.getString("detail"),
                rs.getString("asset"),
                rs.getString("side"),
                rs.getLong("amount"),
                optionalLong(rs, "ours"),
                optionalLong(rs, "theirs"),
                since,
                rs.getString("statement_ref"),
                rs.getString("owner"),
                BreakStatus.valueOf(status),
                rs.getString("resolution"),
                rs.getString("note"),
                rs.getString("resolved_with"),
                instant(rs, "opened_at"),
                resolvedAt,
                rs.getString("resolved_by"),
                rs.getInt("version"),
                ages.age(since, resolvedAt));
    }

    public static void insert(Connection c, long id, String source, NewBreak b, long now) throws SQLException {
        Sql.update(
                c,
                "INSERT INTO reconciliation_breaks (id, source, item, kind, branch, account, subject, detail, asset,"
                        + " side, amount, ours, theirs, since, statement_ref, owner, status, opened_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 1)",
                id,
                source,
                b.item(),
                b.kind(),
                b.branch(),
                b.account(),
                b.subject(),
                b.detail(),
                b.asset(),
                b.side(),
                b.amount(),
                b.ours(),
                b.theirs(),
                b.since().toString(),
                b.statementRef(),
                b.owner(),
                now);
    }

    /** Resolves the break if it is still open, and at {@code version} when one is given. */
    public static int resolve(
            Connection c, String where, BreakResolution resolution, String by, long now, Object... key)
            throws SQLException {
        Object[] args = new Object[6 + key.length];
        args[0] = resolution.code();
        args[1] = resolution.note();
        args[2] = resolution.resolvedWith();
        args[3] = now;
        args[4] = by;
        args[5] = BreakStatus.RESOLVED.name();
        System.arraycopy(key, 0, args, 6, key.length);
        return Sql.update(
                c,
                "UPDATE reconciliation_breaks SET resolution = ?, note = ?, resolved_with = ?, resolved_at = ?,"
                        + " resolved_by = ?, status = ?, version = version + 1 WHERE status <> 'RESOLVED' AND "
                        + where,
                args);
    }

    private static Long optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : Micros.toInstant(micros);
    }
}
