package org.backoffice.securities.settlement.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.operation.OperationKind;

/**
 * A trade that could not be instructed goes back to the repair queue with the ledger's reasons; it
 * moves nothing, and a trade that left {@code NEW} meanwhile stays as it is.
 */
public final class TradeRepairKind implements OperationKind<TradeRepair> {
    public static final String TYPE = "SettlementRepair";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String branch(TradeRepair repair) {
        return repair.branch();
    }

    @Override
    public List<TransactionRequest> movements(TradeRepair repair) {
        return List.of();
    }

    @Override
    public TransactionId id(TradeRepair repair) {
        return TransactionId.of(repair.id());
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
