package org.backoffice.securities.trade;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.operation.RecordKind;
import org.backoffice.securities.trade.internal.TradeRows;

/**
 * Trade capture on the platform's path: a trade enriched and checked (new, or waiting for repair)
 * enters the book. Capture moves nothing in the ledger (settlement instructs it later); its rows and
 * its audit entry commit in the ledger batch's transaction, so a capture killed at any instant
 * leaves each trade in the book with its audit entry, or neither. The trade reference is the
 * idempotency key: a trade whose reference reached the book since it was checked is refused.
 */
public final class TradeCaptureKind extends RecordKind<Trade> {
    public static final String TYPE = "TradeCapture";

    public TradeCaptureKind() {
        super(TYPE, Trade::branch, Trade::id);
    }

    @Override
    public String[] refusals(Connection connection, List<Trade> trades) throws SQLException {
        Set<String> inBook = new HashSet<>();
        List<String> refs = trades.stream().map(Trade::tradeRef).distinct().toList();
        for (int from = 0; from < refs.size(); from += 500) {
            List<String> chunk = refs.subList(from, Math.min(refs.size(), from + 500));
            inBook.addAll(Sql.query(
                    connection,
                    "SELECT trade_ref FROM sec_trades WHERE trade_ref IN (" + Sql.marks(chunk.size()) + ")",
                    rs -> rs.getString(1),
                    chunk.toArray()));
        }
        if (inBook.isEmpty() && refs.size() == trades.size()) {
            return null;
        }
        String[] refusals = new String[trades.size()];
        Set<String> taken = new HashSet<>(inBook);
        for (int i = 0; i < trades.size(); i++) {
            if (!taken.add(trades.get(i).tradeRef())) {
                refusals[i] = "tradeRef: is in the book already";
            }
        }
        return refusals;
    }

    @Override
    public List<AuditRecord> write(Connection connection, List<Trade> accepted) throws SQLException {
        TradeRows.insert(connection, accepted);
        // One entry per maker and source of the batch: a chunk of a thousand is one line of the log.
        Map<String, List<Trade>> groups = new LinkedHashMap<>();
        for (Trade trade : accepted) {
            groups.computeIfAbsent(trade.capturedBy() + '\n' + trade.source(), k -> new ArrayList<>())
                    .add(trade);
        }
        List<AuditRecord> records = new ArrayList<>(groups.size());
        for (List<Trade> group : groups.values()) {
            Trade first = group.get(0);
            long repairs =
                    group.stream().filter(t -> t.status() == TradeStatus.REPAIR).count();
            records.add(new AuditRecord(
                    first.capturedBy(),
                    "CAPTURE",
                    "Trades",
                    first.tradeRef()
                            + (group.size() > 1
                                    ? ".." + group.get(group.size() - 1).tradeRef()
                                    : ""),
                    group.stream().map(Trade::branch).distinct().count() == 1 ? first.branch() : null,
                    null,
                    "{\"source\":\"" + first.source() + "\",\"trades\":" + group.size() + ",\"repair\":" + repairs
                            + "}"));
        }
        return records;
    }

    /** What the check verifies of the trade book: each trade's version chain against its documents. */
    @Override
    public List<ConsistencyRule> consistency() {
        return TradeVersionKind.consistency();
    }
}
