package org.backoffice.securities.settlement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.securities.message.Direction;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionEvent;
import org.backoffice.securities.settlement.InstructionStatus;

/** The SQL of instructions and their events. */
public final class InstructionRows {
    public static final String COLUMNS = "id, trade_id, reference, branch, direction, dvp, registrar, isin, quantity,"
            + " settlement_amount, fees, currency, trade_date, settlement_date, place, depo_account, counterparty_bic,"
            + " counterparty_account, status, settled_quantity, settled_amount, settled_fees, pending_tx, sequence,"
            + " cancel_reason, cancel_requested_by, created_at, created_by, version";
    private static final String INSERT = "INSERT INTO sec_instructions (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    public static final String EVENT_COLUMNS =
            "id, instruction_id, at, from_status, to_status, reason_code, text, source_ref, actor";
    private static final String INSERT_EVENT =
            "INSERT INTO sec_instruction_events (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private InstructionRows() {}

    public static void insert(Connection c, List<Instruction> instructions) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (Instruction in : instructions) {
                int i = 1;
                insert.setLong(i++, in.id());
                insert.setLong(i++, in.tradeId());
                insert.setString(i++, in.reference());
                insert.setString(i++, in.branch());
                insert.setString(i++, in.direction().name());
                insert.setInt(i++, in.dvp() ? 1 : 0);
                insert.setInt(i++, in.registrar() ? 1 : 0);
                insert.setString(i++, in.isin());
                insert.setLong(i++, in.quantity());
                insert.setLong(i++, in.settlementAmount());
                insert.setLong(i++, in.fees());
                insert.setString(i++, in.currency());
                insert.setString(i++, in.tradeDate().toString());
                insert.setString(i++, in.settlementDate().toString());
                insert.setString(i++, in.place());
                insert.setString(i++, in.depoAccount());
                insert.setString(i++, in.counterpartyBic());
                insert.setString(i++, in.counterpartyAccount());
                insert.setString(i++, in.status().name());
                insert.setLong(i++, in.settledQuantity());
                insert.setLong(i++, in.settledAmount());
                insert.setLong(i++, in.settledFees());
                if (in.pendingTransaction() == null) {
                    insert.setNull(i++, Types.BIGINT);
                } else {
                    insert.setLong(i++, in.pendingTransaction());
                }
                insert.setInt(i++, in.sequence());
                insert.setString(i++, in.cancelReason());
                insert.setString(i++, in.cancelRequestedBy());
                insert.setLong(i++, Micros.of(in.createdAt()));
                insert.setString(i++, in.createdBy());
                insert.setInt(i, in.version());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static Instruction read(ResultSet rs) throws SQLException {
        long pending = rs.getLong("pending_tx");
        Long pendingTx = rs.wasNull() ? null : pending;
        return new Instruction(
                rs.getLong("id"),
                rs.getLong("trade_id"),
                rs.getString("reference"),
                rs.getString("branch"),
                Direction.valueOf(rs.getString("direction")),
                rs.getInt("dvp") == 1,
                rs.getInt("registrar") == 1,
                rs.getString("isin"),
                rs.getLong("quantity"),
                rs.getLong("settlement_amount"),
                rs.getLong("fees"),
                rs.getString("currency"),
                LocalDate.parse(rs.getString("trade_date")),
                LocalDate.parse(rs.getString("settlement_date")),
                rs.getString("place"),
                rs.getString("depo_account"),
                rs.getString("counterparty_bic"),
                rs.getString("counterparty_account"),
                InstructionStatus.valueOf(rs.getString("status")),
                rs.getLong("settled_quantity"),
                rs.getLong("settled_amount"),
                rs.getLong("settled_fees"),
                pendingTx,
                rs.getInt("sequence"),
                rs.getString("cancel_reason"),
                rs.getString("cancel_requested_by"),
                Micros.toInstant(rs.getLong("created_at")),
                rs.getString("created_by"),
                rs.getInt("version"));
    }

    /** Writes the instruction's changing fields, if it is still at the version it was read at. */
    public static void update(Connection c, Instruction before, Instruction after) throws SQLException {
        updateAll(c, List.<Instruction[]>of(new Instruction[] {before, after}));
    }

    /** Writes several instructions' changes in one batch; each must still be at the version it was read at. */
    public static void updateAll(Connection c, List<Instruction[]> changes) throws SQLException {
        int[] rows;
        try (PreparedStatement update = c.prepareStatement("UPDATE sec_instructions SET status = ?,"
                + " settled_quantity = ?, settled_amount = ?, settled_fees = ?, pending_tx = ?, sequence = ?,"
                + " cancel_reason = ?, cancel_requested_by = ?, version = ? WHERE id = ? AND version = ?")) {
            for (Instruction[] change : changes) {
                Instruction before = change[0];
                Instruction after = change[1];
                int i = 1;
                update.setString(i++, after.status().name());
                update.setLong(i++, after.settledQuantity());
                update.setLong(i++, after.settledAmount());
                update.setLong(i++, after.settledFees());
                if (after.pendingTransaction() == null) {
                    update.setNull(i++, Types.BIGINT);
                } else {
                    update.setLong(i++, after.pendingTransaction());
                }
                update.setInt(i++, after.sequence());
                update.setString(i++, after.cancelReason());
                update.setString(i++, after.cancelRequestedBy());
                update.setInt(i++, before.version() + 1);
                update.setLong(i++, before.id());
                update.setInt(i, before.version());
                update.addBatch();
            }
            rows = update.executeBatch();
        }
        for (int k = 0; k < rows.length; k++) {
            if (rows[k] == 0) {
                throw new IllegalStateException("version: instruction " + changes.get(k)[0].reference()
                        + " was changed by someone else; try again");
            }
        }
    }

    public static void insertEvents(Connection c, List<InstructionEvent> events) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_EVENT)) {
            for (InstructionEvent e : events) {
                int i = 1;
                insert.setLong(i++, e.id());
                insert.setLong(i++, e.instructionId());
                insert.setLong(i++, Micros.of(e.at()));
                insert.setString(i++, e.from() == null ? null : e.from().name());
                insert.setString(i++, e.to().name());
                insert.setString(i++, e.reasonCode());
                insert.setString(i++, clip(e.text(), 400));
                insert.setString(i++, clip(e.sourceRef(), 64));
                insert.setString(i, e.actor());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static InstructionEvent readEvent(ResultSet rs) throws SQLException {
        String from = rs.getString("from_status");
        return new InstructionEvent(
                rs.getLong("id"),
                rs.getLong("instruction_id"),
                Micros.toInstant(rs.getLong("at")),
                from == null ? null : InstructionStatus.valueOf(from),
                InstructionStatus.valueOf(rs.getString("to_status")),
                rs.getString("reason_code"),
                rs.getString("text"),
                rs.getString("source_ref"),
                rs.getString("actor"));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
