package org.backoffice.banking.clearing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.backoffice.platform.jdbc.Sql;

/**
 * The clearing cycles' rows, read and written in the caller's transaction: the writer's, so that an
 * item joins the cycle in the same commit as the posting that booked it.
 */
public final class Cycles {
    public static final String OPEN = "OPEN";
    public static final String CLOSING = "CLOSING";
    public static final String CLOSED = "CLOSED";

    public static final String PENDING = "PENDING";
    public static final String SETTLED = "SETTLED";
    public static final String REVERSED = "REVERSED";

    private Cycles() {}

    /**
     * The open cycle's id; when there is none, one is opened with {@code candidateId}, the id of the
     * item that needs it (unique, and time-ordered like the cycles).
     */
    public static long open(Connection c, long candidateId, long now) throws SQLException {
        Optional<Long> open = openId(c);
        if (open.isPresent()) {
            return open.get();
        }
        int number = Sql.query(c, "SELECT COALESCE(MAX(number), 0) FROM clearing_cycles", rs -> rs.getInt(1))
                        .getFirst()
                + 1;
        Sql.update(
                c,
                "INSERT INTO clearing_cycles (id, number, status, opened_at) VALUES (?, ?, 'OPEN', ?)",
                candidateId,
                number,
                now);
        return candidateId;
    }

    public static Optional<Long> openId(Connection c) throws SQLException {
        return Sql.query(c, "SELECT id FROM clearing_cycles WHERE status = 'OPEN'", rs -> rs.getLong(1)).stream()
                .findFirst();
    }

    public static Optional<String> status(Connection c, long cycleId) throws SQLException {
        return Sql.query(c, "SELECT status FROM clearing_cycles WHERE id = ?", rs -> rs.getString(1), cycleId).stream()
                .findFirst();
    }

    /** Adds an item this bank sends (a payment, a return) to the open cycle. */
    public static void addItem(Connection c, OutgoingItem item, long now) throws SQLException {
        long cycle = open(c, item.id(), now);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO clearing_items (id, cycle_id, kind, status, reference, end_to_end_id, debtor_name,"
                        + " debtor_iban, creditor_name, creditor_iban, creditor_bic, currency, amount, remittance,"
                        + " added_at) VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, item.id());
            insert.setLong(2, cycle);
            insert.setString(3, item.kind());
            insert.setString(4, item.reference());
            insert.setString(5, item.endToEndId());
            insert.setString(6, item.debtorName());
            insert.setString(7, item.debtorIban());
            insert.setString(8, item.creditorName());
            insert.setString(9, item.creditorIban());
            insert.setString(10, item.creditorBic());
            insert.setString(11, item.currency());
            insert.setLong(12, item.amount());
            insert.setString(13, item.remittance());
            insert.setLong(14, now);
            insert.executeUpdate();
        }
    }

    /**
     * Takes a reversed payment out of its cycle if the cycle has not been settled; a settled one has
     * left the bank, and only a recall from the receiving bank can bring it back.
     *
     * @return whether it was taken out
     */
    public static boolean takeOut(Connection c, long itemId) throws SQLException {
        return Sql.update(
                        c,
                        "UPDATE clearing_items SET status = 'REVERSED' WHERE id = ? AND status = 'PENDING'"
                                + " AND cycle_id IN (SELECT id FROM clearing_cycles WHERE status <> 'CLOSED')",
                        itemId)
                == 1;
    }

    /** Cuts the open cycle: no new item joins it. Empty when there is no open cycle with items. */
    public static Optional<Long> cut(Connection c, long now) throws SQLException {
        Optional<Long> open = openId(c);
        if (open.isEmpty() || items(c, open.get()) == 0) {
            return Optional.empty();
        }
        Sql.update(c, "UPDATE clearing_cycles SET status = 'CLOSING', cut_at = ? WHERE id = ?", now, open.get());
        return open;
    }

    public static long items(Connection c, long cycleId) throws SQLException {
        long out = Sql.query(
                        c,
                        "SELECT COUNT(*) FROM clearing_items WHERE cycle_id = ? AND status <> 'REVERSED'",
                        rs -> rs.getLong(1),
                        cycleId)
                .getFirst();
        long in = Sql.query(
                        c, "SELECT COUNT(*) FROM clearing_incoming WHERE cycle_id = ?", rs -> rs.getLong(1), cycleId)
                .getFirst();
        return out + in;
    }

    /** What each counterparty bank sent this bank and received from it in the cycle, per currency. */
    public static List<Flow> flows(Connection c, long cycleId) throws SQLException {
        List<Flow> flows = new java.util.ArrayList<>(Sql.query(
                c,
                "SELECT creditor_bic, currency, COUNT(*), SUM(amount) FROM clearing_items"
                        + " WHERE cycle_id = ? AND status <> 'REVERSED' GROUP BY creditor_bic, currency",
                rs -> new Flow(rs.getString(1), rs.getString(2), true, rs.getLong(3), rs.getLong(4)),
                cycleId));
        flows.addAll(Sql.query(
                c,
                "SELECT debtor_bic, currency, COUNT(*), SUM(amount) FROM clearing_incoming"
                        + " WHERE cycle_id = ? GROUP BY debtor_bic, currency",
                rs -> new Flow(rs.getString(1), rs.getString(2), false, rs.getLong(3), rs.getLong(4)),
                cycleId));
        return flows;
    }

    /** The cycle is settled by the run: closed, and its items settled. */
    public static void settle(Connection c, long cycleId, long runId, long now) throws SQLException {
        Sql.update(
                c,
                "UPDATE clearing_cycles SET status = 'CLOSED', closed_at = ?, run_id = ? WHERE id = ?",
                now,
                runId,
                cycleId);
        Sql.update(
                c, "UPDATE clearing_items SET status = 'SETTLED' WHERE cycle_id = ? AND status = 'PENDING'", cycleId);
    }

    /**
     * One direction of this bank's traffic with one counterparty bank in one currency.
     *
     * @param outgoing true for what this bank sent to {@code bic}, false for what it received from it
     */
    public record Flow(String bic, String currency, boolean outgoing, long count, long amount) {}

    /** A row of {@code clearing_items}. */
    public record OutgoingItem(
            long id,
            String kind,
            String reference,
            String endToEndId,
            String debtorName,
            String debtorIban,
            String creditorName,
            String creditorIban,
            String creditorBic,
            String currency,
            long amount,
            String remittance) {}
}
