package org.backoffice.securities.settlement.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.operation.RecordKind;

/**
 * A trade that could not be instructed goes back to the repair queue with the ledger's reasons; it
 * moves nothing, and a trade that left {@code NEW} meanwhile stays as it is.
 */
public final class TradeRepairKind extends RecordKind<TradeRepair> {
    public static final String TYPE = "SettlementRepair";

    public TradeRepairKind() {
        super(TYPE, TradeRepair::branch, TradeRepair::id);
    }

    @Override
    public List<AuditRecord> write(Connection c, List<TradeRepair> accepted) throws SQLException {
        StepRows.backToRepair(
                c,
                accepted.stream().map(TradeRepair::tradeId).toList(),
                accepted.stream().map(TradeRepair::reasons).toList());
        return List.of(new AuditRecord(
                accepted.get(0).actor(),
                "REPAIR",
                "Trades",
                accepted.get(0).tradeId() + (accepted.size() > 1 ? "+" + (accepted.size() - 1) : ""),
                null,
                null,
                "{\"repair\":" + accepted.size() + "}"));
    }
}
