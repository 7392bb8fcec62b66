package org.backoffice.banking.cash.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backoffice.banking.cash.CloseLine;
import org.backoffice.banking.cash.PieceCount;
import org.backoffice.banking.cash.Shift;
import org.backoffice.banking.cash.ShiftStatus;
import org.backoffice.banking.internal.Columns;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/** The cash desk's own rows (desks, shifts, counts), read and written in the caller's transaction. */
public final class CashRows {
    static final String SHIFT_COLUMNS = "id, branch, desk, cashier, status, opened_on, opened_at, open_document,"
            + " close_document, closed_on, closed_at";

    private CashRows() {}

    public static boolean deskExists(Connection c, String branch, String desk) throws SQLException {
        return !Sql.query(c, "SELECT 1 FROM cash_desks WHERE branch = ? AND code = ?", rs -> 1, branch, desk)
                .isEmpty();
    }

    /** The shift at the desk that is not closed yet, if any. */
    public static Optional<Shift> unclosedAtDesk(Connection c, String branch, String desk) throws SQLException {
        return Sql.query(
                        c,
                        "SELECT " + SHIFT_COLUMNS + " FROM cash_shifts WHERE branch = ? AND desk = ? AND status <> ?",
                        CashRows::shift,
                        branch,
                        desk,
                        ShiftStatus.CLOSED.name())
                .stream()
                .findFirst();
    }

    /** The cashier's shift that is not closed yet, at any desk. */
    public static Optional<Shift> unclosedOf(Connection c, String cashier) throws SQLException {
        return Sql.query(
                        c,
                        "SELECT " + SHIFT_COLUMNS + " FROM cash_shifts WHERE cashier = ? AND status <> ?",
                        CashRows::shift,
                        cashier,
                        ShiftStatus.CLOSED.name())
                .stream()
                .findFirst();
    }

    public static Optional<Shift> shift(Connection c, long id) throws SQLException {
        return Sql.query(c, "SELECT " + SHIFT_COLUMNS + " FROM cash_shifts WHERE id = ?", CashRows::shift, id).stream()
                .findFirst();
    }

    /**
     * Why a cash document of {@code maker} at the desk must not post ("field: rule"), or null: it
     * needs the maker's own shift at that desk, open and not closing.
     */
    public static String shiftRefusal(Connection c, String branch, String desk, String maker) throws SQLException {
        if (!deskExists(c, branch, desk)) {
            return "desk: there is no desk " + desk + " at branch " + branch;
        }
        Optional<Shift> shift = unclosedAtDesk(c, branch, desk);
        if (shift.isEmpty() || !shift.get().cashier().equals(maker)) {
            return "desk: " + maker + " has no open shift at desk " + desk + " of branch " + branch;
        }
        if (shift.get().status() != ShiftStatus.OPEN) {
            return "desk: the shift at desk " + desk + " is closing; it takes no more documents";
        }
        return null;
    }

    public static void insertShift(
            Connection c, long id, String branch, String desk, String cashier, LocalDate day, long now, Long document)
            throws SQLException {
        Sql.update(
                c,
                "INSERT INTO cash_shifts (id, branch, desk, cashier, status, opened_on, opened_at, open_document)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                branch,
                desk,
                cashier,
                ShiftStatus.OPEN.name(),
                day.toString(),
                now,
                document);
    }

    public static void markClosing(Connection c, long shift, long document) throws SQLException {
        Sql.update(
                c,
                "UPDATE cash_shifts SET status = ?, close_document = ? WHERE id = ? AND status <> ?",
                ShiftStatus.CLOSING.name(),
                document,
                shift,
                ShiftStatus.CLOSED.name());
    }

    /** Closes the shift with its count; fails if it was closed meanwhile, so that a shift closes once. */
    public static void close(
            Connection c,
            long shift,
            List<PieceCount> counts,
            List<CloseLine> lines,
            Long document,
            LocalDate day,
            long now)
            throws SQLException {
        int updated = Sql.update(
                c,
                "UPDATE cash_shifts SET status = ?, close_document = ?, closed_on = ?, closed_at = ?"
                        + " WHERE id = ? AND status <> ?",
                ShiftStatus.CLOSED.name(),
                document,
                day.toString(),
                now,
                shift,
                ShiftStatus.CLOSED.name());
        if (updated != 1) {
            throw new SQLException("shift " + shift + " is closed already");
        }
        for (PieceCount count : counts) {
            Sql.update(
                    c,
                    "INSERT INTO cash_counts (shift_id, currency, denomination, pieces) VALUES (?, ?, ?, ?)",
                    shift,
                    count.currency(),
                    count.denomination(),
                    count.pieces());
        }
        for (CloseLine line : lines) {
            Sql.update(
                    c,
                    "INSERT INTO cash_close_lines (shift_id, currency, book, counted, difference, returned)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    shift,
                    line.currency(),
                    line.book(),
                    line.counted(),
                    line.difference(),
                    line.returned());
        }
    }

    public static Shift shift(ResultSet rs) throws SQLException {
        String closedOn = rs.getString("closed_on");
        return new Shift(
                rs.getLong("id"),
                rs.getString("branch"),
                rs.getString("desk"),
                rs.getString("cashier"),
                ShiftStatus.valueOf(rs.getString("status")),
                LocalDate.parse(rs.getString("opened_on")),
                Micros.toInstant(rs.getLong("opened_at")),
                Columns.nullableLong(rs, "open_document"),
                Columns.nullableLong(rs, "close_document"),
                closedOn == null ? null : LocalDate.parse(closedOn),
                Columns.nullableInstant(rs, "closed_at"));
    }

    public static PieceCount count(ResultSet rs) throws SQLException {
        return new PieceCount(rs.getString("currency"), rs.getLong("denomination"), rs.getLong("pieces"));
    }

    public static CloseLine line(ResultSet rs) throws SQLException {
        return new CloseLine(
                rs.getString("currency"),
                rs.getLong("book"),
                rs.getLong("counted"),
                rs.getLong("difference"),
                rs.getLong("returned"));
    }
}
