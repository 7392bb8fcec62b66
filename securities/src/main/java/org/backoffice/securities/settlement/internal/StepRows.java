package org.backoffice.securities.settlement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/**
 * The SQL of an instruction's steps besides the instruction's own row: its settlements, the keys of
 * the messages applied to it, and the trade's mirrored state. Runs in the ledger batch's transaction.
 */
public final class StepRows {
    private static final int SLICE = 500;

    private StepRows() {}

    /** The instructions' current versions and their trades' states, by instruction id. */
    public static Map<Long, String[]> versions(Connection c, List<Long> ids) throws SQLException {
        Map<Long, String[]> found = new HashMap<>();
        List<Long> distinct = ids.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += SLICE) {
            List<Long> part = distinct.subList(from, Math.min(distinct.size(), from + SLICE));
            try (PreparedStatement select =
                    c.prepareStatement("SELECT i.id, i.version, t.status FROM sec_instructions i"
                            + " JOIN sec_trades t ON t.id = i.trade_id WHERE i.id IN (" + Sql.marks(part.size())
                            + ")")) {
                for (int k = 0; k < part.size(); k++) {
                    select.setLong(k + 1, part.get(k));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), new String[] {Integer.toString(rs.getInt(2)), rs.getString(3)});
                    }
                }
            }
        }
        return found;
    }

    /** Which of the keys name messages applied already. */
    public static Set<String> appliedKeys(Connection c, List<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> distinct = keys.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += SLICE) {
            List<String> part = distinct.subList(from, Math.min(distinct.size(), from + SLICE));
            try (PreparedStatement select =
                    c.prepareStatement("SELECT message_key FROM sec_instruction_messages WHERE message_key IN ("
                            + Sql.marks(part.size()) + ")")) {
                for (int k = 0; k < part.size(); k++) {
                    select.setString(k + 1, part.get(k));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /** The trades' states, by trade id. */
    public static Map<Long, String> tradeStates(Connection c, List<Long> tradeIds) throws SQLException {
        Map<Long, String> found = new HashMap<>();
        List<Long> distinct = tradeIds.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += SLICE) {
            List<Long> part = distinct.subList(from, Math.min(distinct.size(), from + SLICE));
            try (PreparedStatement select = c.prepareStatement("SELECT t.id, t.status,"
                    + " (SELECT COUNT(*) FROM sec_instructions i WHERE i.trade_id = t.id) FROM sec_trades t"
                    + " WHERE t.id IN (" + Sql.marks(part.size()) + ")")) {
                for (int k = 0; k < part.size(); k++) {
                    select.setLong(k + 1, part.get(k));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), rs.getLong(3) > 0 ? "INSTRUCTED" : rs.getString(2));
                    }
                }
            }
        }
        return found;
    }

    public static void insertSettlements(Connection c, List<Long> instructionIds, List<InstructionStep.Settled> rows)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO sec_instruction_settlements (instruction_id, sequence, confirmation_ref, tx_id, quantity,"
                        + " amount, fees, settled_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int k = 0; k < rows.size(); k++) {
                InstructionStep.Settled s = rows.get(k);
                insert.setLong(1, instructionIds.get(k));
                insert.setInt(2, s.sequence());
                insert.setString(3, s.confirmationRef());
                insert.setLong(4, s.txId());
                insert.setLong(5, s.quantity());
                insert.setLong(6, s.amount());
                insert.setLong(7, s.fees());
                insert.setString(8, s.on().toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static void markReversed(Connection c, long instructionId, int sequence, long reversal) throws SQLException {
        Sql.update(
                c,
                "UPDATE sec_instruction_settlements SET reversed_by = ? WHERE instruction_id = ? AND sequence = ?",
                reversal,
                instructionId,
                sequence);
    }

    public static void insertKeys(Connection c, List<String> keys, List<Long> instructionIds, Instant at)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO sec_instruction_messages (message_key, instruction_id, applied_at) VALUES (?, ?, ?)")) {
            for (int k = 0; k < keys.size(); k++) {
                insert.setString(1, keys.get(k));
                insert.setLong(2, instructionIds.get(k));
                insert.setLong(3, Micros.of(at));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Moves trades from one state to the next, each from its own; a trade found in another state
     * means someone else moved it, and the batch fails.
     */
    public static void moveTrades(Connection c, List<Long> tradeIds, List<String> from, List<String> to)
            throws SQLException {
        if (tradeIds.isEmpty()) {
            return;
        }
        int[] counts;
        try (PreparedStatement update =
                c.prepareStatement("UPDATE sec_trades SET status = ? WHERE id = ? AND status = ?")) {
            for (int k = 0; k < tradeIds.size(); k++) {
                update.setString(1, to.get(k));
                update.setLong(2, tradeIds.get(k));
                update.setString(3, from.get(k));
                update.addBatch();
            }
            counts = update.executeBatch();
        }
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) {
                throw new IllegalStateException(
                        "status: trade " + tradeIds.get(k) + " is no longer " + from.get(k) + "; try again");
            }
        }
    }

    /** Sends trades back to the repair queue with their reasons, those still {@code NEW}. */
    public static void backToRepair(Connection c, List<Long> tradeIds, List<String> reasons) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE sec_trades SET status = 'REPAIR', repair_reasons = ? WHERE id = ? AND status = 'NEW'")) {
            for (int k = 0; k < tradeIds.size(); k++) {
                update.setString(1, reasons.get(k));
                update.setLong(2, tradeIds.get(k));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
