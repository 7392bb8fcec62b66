package org.backoffice.banking.clearing.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.backoffice.banking.clearing.ClearingFile;
import org.backoffice.banking.clearing.ClearingFormat;
import org.backoffice.banking.internal.Columns;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/** The rows of incoming clearing files. */
public final class FileRows {
    public static final String IMPORTING = "IMPORTING";
    public static final String IMPORTED = "IMPORTED";

    private FileRows() {}

    /** A file row with what resuming its import needs. */
    public record Registered(ClearingFile file, long firstTx) {}

    public static Optional<Registered> bySha(DataSource readers, String sha256) {
        return Sql.one(readers, "SELECT * FROM clearing_files WHERE sha256 = ?", rs -> registered(rs, readers), sha256);
    }

    public static Optional<Registered> byId(DataSource readers, long id) {
        return Sql.one(readers, "SELECT * FROM clearing_files WHERE id = ?", rs -> registered(rs, readers), id);
    }

    public static List<ClearingFile> list(DataSource readers, int page, int size) {
        return Sql.query(
                readers,
                "SELECT * FROM clearing_files ORDER BY id DESC LIMIT ? OFFSET ?",
                rs -> registered(rs, readers).file(),
                size,
                (long) page * size);
    }

    private static Registered registered(ResultSet rs, DataSource readers) throws SQLException {
        long id = rs.getLong("id");
        ClearingFile file = new ClearingFile(
                id,
                rs.getString("file_name"),
                rs.getString("sha256"),
                ClearingFormat.valueOf(rs.getString("format")),
                rs.getString("status"),
                LocalDate.parse(rs.getString("value_date")),
                rs.getInt("credited"),
                rs.getInt("suspended"),
                rs.getInt("unreadable"),
                rs.getString("imported_by"),
                Micros.toInstant(rs.getLong("started_at")),
                Columns.nullableInstant(rs, "finished_at"),
                List.of());
        return new Registered(file, rs.getLong("first_tx"));
    }

    public static List<ClearingFile.Total> totals(DataSource readers, long fileId) {
        return Sql.query(
                readers,
                "SELECT currency, outcome, payments, amount FROM clearing_file_totals WHERE file_id = ?"
                        + " ORDER BY currency, outcome",
                rs -> new ClearingFile.Total(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)),
                fileId);
    }

    public static void insert(Connection c, ClearingFile file, long firstTx) throws SQLException {
        Sql.update(
                c,
                "INSERT INTO clearing_files (id, file_name, sha256, format, status, value_date, first_tx, payments,"
                        + " credited, suspended, unreadable, imported_by, started_at)"
                        + " VALUES (?, ?, ?, ?, 'IMPORTING', ?, ?, 0, 0, 0, 0, ?, ?)",
                file.id(),
                file.fileName(),
                file.sha256(),
                file.format().name(),
                file.valueDate().toString(),
                firstTx,
                file.importedBy(),
                Micros.of(file.startedAt()));
    }

    /** The items that already have an outcome: an interrupted import skips them when it resumes. */
    public static BitSet done(DataSource readers, long fileId) {
        BitSet done = new BitSet();
        Sql.query(readers, "SELECT item FROM clearing_incoming WHERE file_id = ?", rs -> rs.getInt(1), fileId)
                .forEach(done::set);
        Sql.query(readers, "SELECT item FROM clearing_file_errors WHERE file_id = ?", rs -> rs.getInt(1), fileId)
                .forEach(done::set);
        return done;
    }

    /** Marks the file imported and keeps its totals per currency and outcome. */
    public static void finish(Connection c, long fileId, long now) throws SQLException {
        Sql.update(
                c,
                "INSERT INTO clearing_file_totals (file_id, currency, outcome, payments, amount)"
                        + " SELECT file_id, currency, outcome, COUNT(*), SUM(amount) FROM clearing_incoming"
                        + " WHERE file_id = ? GROUP BY file_id, currency, outcome",
                fileId);
        Sql.update(
                c,
                "UPDATE clearing_files SET status = 'IMPORTED', finished_at = ?,"
                        + " payments = credited + suspended + unreadable WHERE id = ?",
                now,
                fileId);
    }
}
