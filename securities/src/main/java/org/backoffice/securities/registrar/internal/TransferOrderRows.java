package org.backoffice.securities.registrar.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.registrar.TransferOrder;
import org.backoffice.securities.registrar.TransferOrderStatus;

/** The SQL of transfer orders. */
public final class TransferOrderRows {
    public static final String COLUMNS = "id, number, instruction_id, trade_id, trade_ref, branch, seller_account,"
            + " seller_owner, buyer_account, buyer_owner, counterparty, isin, quantity, registrar_bic, settlement_date,"
            + " status, sent_on, extract_sha256, extract_name, extract_by, extract_at, completed_by, completed_at,"
            + " created_at, created_by, version";

    private TransferOrderRows() {}

    public static void insert(Connection c, TransferOrder o) throws SQLException {
        Sql.update(
                c,
                "INSERT INTO sec_transfer_orders (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                o.id(),
                o.number(),
                o.instructionId(),
                o.tradeId(),
                o.tradeRef(),
                o.branch(),
                o.sellerAccount(),
                o.sellerOwner(),
                o.buyerAccount(),
                o.buyerOwner(),
                o.counterparty(),
                o.isin(),
                o.quantity(),
                o.registrarBic(),
                o.settlementDate().toString(),
                o.status().name(),
                Rows.text(o.sentOn()),
                o.extractSha256(),
                o.extractName(),
                o.extractBy(),
                micros(o.extractAt()),
                o.completedBy(),
                micros(o.completedAt()),
                Micros.of(o.createdAt()),
                o.createdBy(),
                o.version());
    }

    private static Long micros(Instant instant) {
        return instant == null ? null : Micros.of(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : Micros.toInstant(micros);
    }

    public static TransferOrder read(ResultSet rs) throws SQLException {
        return new TransferOrder(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("instruction_id"),
                rs.getLong("trade_id"),
                rs.getString("trade_ref"),
                rs.getString("branch"),
                rs.getString("seller_account"),
                rs.getString("seller_owner"),
                rs.getString("buyer_account"),
                rs.getString("buyer_owner"),
                rs.getString("counterparty"),
                rs.getString("isin"),
                rs.getLong("quantity"),
                rs.getString("registrar_bic"),
                LocalDate.parse(rs.getString("settlement_date")),
                TransferOrderStatus.valueOf(rs.getString("status")),
                Rows.date(rs.getString("sent_on")),
                rs.getString("extract_sha256"),
                rs.getString("extract_name"),
                rs.getString("extract_by"),
                instant(rs, "extract_at"),
                rs.getString("completed_by"),
                instant(rs, "completed_at"),
                Micros.toInstant(rs.getLong("created_at")),
                rs.getString("created_by"),
                rs.getInt("version"));
    }

    /** Runs an update guarded by the order's version; someone else's change in between refuses it. */
    public static void guarded(Connection c, TransferOrder before, String set, Object... args) throws SQLException {
        Object[] all = new Object[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = before.id();
        all[args.length + 1] = before.version();
        int rows = Sql.update(
                c,
                "UPDATE sec_transfer_orders SET " + set + ", version = version + 1 WHERE id = ? AND version = ?",
                all);
        if (rows != 1) {
            throw new IllegalStateException(
                    "version: transfer order " + before.number() + " was changed by someone else");
        }
    }
}
