package org.backoffice.securities.trade.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.securities.trade.TradeStatus;

/** The trade book's rows: how a trade is written and read back. */
public final class TradeRows {
    public static final String COLUMNS = "id, trade_ref, source, branch, version, status, side, isin, quantity, price,"
            + " currency, trade_date, settlement_date, depo_account, counterparty, market, delivery, gross_amount,"
            + " accrued_interest, fees, settlement_amount, ssi_id, repair_reasons, captured_at, captured_by";
    private static final String INSERT = "INSERT INTO sec_trades (" + COLUMNS + ") VALUES ("
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private TradeRows() {}

    public static void insert(Connection c, List<Trade> trades) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (Trade trade : trades) {
                int i = 1;
                insert.setLong(i++, trade.id());
                insert.setString(i++, trade.tradeRef());
                insert.setString(i++, trade.source().name());
                insert.setString(i++, trade.branch());
                insert.setInt(i++, trade.version());
                insert.setString(i++, trade.status().name());
                insert.setString(i++, trade.side() == null ? "?" : trade.side().name());
                insert.setString(i++, trade.isin() == null ? "" : trade.isin());
                insert.setLong(i++, trade.quantity());
                insert.setString(i++, trade.price() == null ? "" : trade.price().toPlainString());
                insert.setString(i++, trade.currency() == null ? "" : trade.currency());
                insert.setString(
                        i++, trade.tradeDate() == null ? "" : trade.tradeDate().toString());
                insert.setString(i++, Rows.text(trade.settlementDate()));
                insert.setString(i++, trade.depoAccount() == null ? "" : trade.depoAccount());
                insert.setString(i++, trade.counterparty() == null ? "" : trade.counterparty());
                insert.setString(i++, trade.market());
                insert.setString(
                        i++, trade.delivery() == null ? "?" : trade.delivery().name());
                insert.setLong(i++, trade.grossAmount());
                insert.setLong(i++, trade.accruedInterest());
                insert.setLong(i++, trade.fees());
                insert.setLong(i++, trade.settlementAmount());
                if (trade.ssiId() == null) {
                    insert.setNull(i++, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(i++, trade.ssiId());
                }
                insert.setString(i++, reasons(trade.repairReasons()));
                insert.setLong(i++, Micros.of(trade.capturedAt()));
                insert.setString(i, trade.capturedBy());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static Trade read(ResultSet rs) throws SQLException {
        String side = rs.getString("side");
        String delivery = rs.getString("delivery");
        String price = rs.getString("price");
        String tradeDate = rs.getString("trade_date");
        long ssi = rs.getLong("ssi_id");
        Long ssiId = rs.wasNull() ? null : ssi;
        return new Trade(
                rs.getLong("id"),
                rs.getString("trade_ref"),
                TradeSource.valueOf(rs.getString("source")),
                rs.getString("branch"),
                rs.getInt("version"),
                TradeStatus.valueOf(rs.getString("status")),
                side.equals("?") ? null : Side.valueOf(side),
                blank(rs.getString("isin")),
                rs.getLong("quantity"),
                price.isEmpty() ? null : new java.math.BigDecimal(price),
                blank(rs.getString("currency")),
                tradeDate.isEmpty() ? null : java.time.LocalDate.parse(tradeDate),
                Rows.date(rs.getString("settlement_date")),
                blank(rs.getString("depo_account")),
                blank(rs.getString("counterparty")),
                rs.getString("market"),
                delivery.equals("?") ? null : Delivery.valueOf(delivery),
                rs.getLong("gross_amount"),
                rs.getLong("accrued_interest"),
                rs.getLong("fees"),
                rs.getLong("settlement_amount"),
                ssiId,
                reasons(rs.getString("repair_reasons")),
                Micros.toInstant(rs.getLong("captured_at")),
                rs.getString("captured_by"));
    }

    /** Reasons as lines of {@code field: rule}; null when there are none. */
    static String reasons(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(error.field()).append(": ").append(error.message().replace('\n', ' '));
        }
        String all = text.toString();
        return all.length() > 4000 ? all.substring(0, 4000) : all;
    }

    static List<FieldError> reasons(String text) {
        List<FieldError> errors = new ArrayList<>();
        if (text == null) {
            return errors;
        }
        for (String line : text.split("\n")) {
            errors.add(FieldError.parse(line, "trade"));
        }
        return errors;
    }

    private static String blank(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
