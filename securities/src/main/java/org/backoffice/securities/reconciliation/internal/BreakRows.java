package org.backoffice.securities.reconciliation.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.securities.reconciliation.Break;
import org.backoffice.securities.reconciliation.BreakKind;
import org.backoffice.securities.reconciliation.BreakStatus;

/** The rows of {@code sec_breaks}. */
public final class BreakRows {
    public static final String COLUMNS = "id, kind, branch, account, subject, detail, ours, theirs, difference,"
            + " statement_ref, opened_on, owner, status, resolution, resolved_by, resolved_at";

    private BreakRows() {}

    /** A break read from a row; its age counts to {@code today}, or to its resolution. */
    public static Break read(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate opened = LocalDate.parse(rs.getString(11));
        long resolvedMicros = rs.getLong(16);
        Instant resolvedAt = rs.wasNull() ? null : Instant.EPOCH.plus(resolvedMicros, ChronoUnit.MICROS);
        LocalDate until = resolvedAt == null ? today : LocalDate.ofInstant(resolvedAt, java.time.ZoneOffset.UTC);
        return new Break(
                rs.getLong(1),
                BreakKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9),
                rs.getString(10),
                opened,
                Math.max(0, ChronoUnit.DAYS.between(opened, until)),
                rs.getString(12),
                BreakStatus.valueOf(rs.getString(13)),
                rs.getString(14),
                rs.getString(15),
                resolvedAt);
    }

    /** The keys among these already stored. */
    public static Set<String> known(Connection c, List<String> keys) throws SQLException {
        Set<String> out = new HashSet<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            out.addAll(Sql.query(
                    c,
                    "SELECT break_key FROM sec_breaks WHERE break_key IN (" + Sql.marks(chunk.size()) + ")",
                    rs -> rs.getString(1),
                    chunk.toArray()));
        }
        return out;
    }

    public static void insert(Connection c, Break b, String key) throws SQLException {
        Sql.update(
                c,
                "INSERT INTO sec_breaks (id, break_key, kind, branch, account, subject, detail, ours, theirs,"
                        + " difference, statement_ref, opened_on, owner, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?)",
                b.id(),
                key,
                b.kind().name(),
                b.branch(),
                b.account(),
                b.subject(),
                b.detail(),
                b.ours(),
                b.theirs(),
                b.difference(),
                b.statementRef(),
                b.openedOn().toString(),
                b.owner(),
                b.status().name());
    }
}
