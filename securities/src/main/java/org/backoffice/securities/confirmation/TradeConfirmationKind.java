package org.backoffice.securities.confirmation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.operation.RecordKind;
import org.backoffice.securities.confirmation.internal.Matcher;
import org.backoffice.securities.internal.Rows;

/**
 * A trade's confirmation event on the platform's path: the counterparty affirmed the trade, or its
 * confirmation matched ours or not. It moves nothing in the ledger; its row and its audit entry
 * commit together in the ledger batch's transaction, a file of confirmations many to a batch.
 */
public final class TradeConfirmationKind extends RecordKind<TradeConfirmationKind.Event> {
    public static final String TYPE = "TradeConfirmation";

    /** One event to record: the confirmation, and the trade's reference and branch it concerns. */
    public record Event(Confirmation confirmation, String tradeRef, String branch) {}

    public TradeConfirmationKind() {
        super(TYPE, Event::branch, event -> event.confirmation().id());
    }

    @Override
    public List<AuditRecord> write(Connection connection, List<Event> accepted) throws SQLException {
        List<AuditRecord> audit = new ArrayList<>(accepted.size());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sec_confirmations (id, trade_id, status, counterparty, differences, recorded_by,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Event event : accepted) {
                Confirmation c = event.confirmation();
                String encoded = Matcher.encode(c.differences());
                insert.setLong(1, c.id());
                insert.setLong(2, c.tradeId());
                insert.setString(3, c.status().name());
                insert.setString(4, c.counterparty());
                insert.setString(5, encoded);
                insert.setString(6, c.recordedBy());
                insert.setLong(7, Micros.of(c.recordedAt()));
                insert.addBatch();
                audit.add(new AuditRecord(
                        c.recordedBy(),
                        c.status().name(),
                        TYPE,
                        event.tradeRef(),
                        event.branch(),
                        null,
                        "{\"status\":\"" + c.status() + "\",\"differences\":" + Rows.quoted(encoded) + "}"));
            }
            insert.executeBatch();
        }
        return audit;
    }

    @Override
    public List<ConsistencyRule> consistency() {
        return List.of(new ConsistencyRule(
                "every trade confirmation is of a trade in the book",
                "SELECT c.id, 'a confirmation of trade ' || c.trade_id || ', which is not in the book'"
                        + " FROM sec_confirmations c"
                        + " WHERE NOT EXISTS (SELECT 1 FROM sec_trades t WHERE t.id = c.trade_id)"));
    }
}
