package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.banking.eod.EodStep;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.operation.OperationKind;

/**
 * A chunk of the interest accrual on the platform's one path: the chunk's sub-ledger rows, its
 * totals posted to interest payable (one linked posting per branch, currency and product) and the
 * step's cursor commit in one transaction, so a crash leaves the chunk whole or absent.
 */
public final class AccrualChunkKind implements OperationKind<AccrualChunkKind.Chunk> {
    public static final String TYPE = "EodInterestAccrual";

    /**
     * @param from the cursor the chunk starts after; {@code last} the one it leaves
     * @param rows the sub-ledger rows kept (accounts with a balance or interest carried)
     * @param read how many accounts the chunk read
     */
    public record Chunk(
            LocalDate date,
            String branch,
            long from,
            long last,
            int read,
            List<InterestAccrual.Row> rows,
            List<EodPosting> totals) {}

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String branch(Chunk chunk) {
        return chunk.branch();
    }

    @Override
    public List<TransactionRequest> movements(Chunk chunk) {
        List<TransactionRequest> movements = new ArrayList<>(chunk.totals().size());
        chunk.totals().forEach(t -> movements.add(t.transfer()));
        return movements;
    }

    @Override
    public TransactionId id(Chunk chunk) {
        return chunk.totals().isEmpty()
                ? EodIds.of(chunk.date(), "ACCRUAL-CHUNK", Long.toString(chunk.from()))
                : chunk.totals().getFirst().transfer().id();
    }

    @Override
    public List<AuditRecord> write(Connection c, List<Chunk> accepted) throws SQLException {
        for (Chunk chunk : accepted) {
            InterestAccrual.insert(c, chunk.date(), chunk.rows());
            EodPosting.insert(c, chunk.totals());
            EodJournal.advance(c, chunk.date(), EodStep.ACCRUAL, chunk.last(), chunk.read());
        }
        return List.of();
    }

    @Override
    public List<ConsistencyRule> consistency() {
        String sums = "SELECT business_date, branch, currency, product, SUM(%s) AS total FROM %s%s"
                + " GROUP BY business_date, branch, currency, product";
        return List.of(
                new ConsistencyRule(
                        "end of day: every posting of a step has its ledger transaction",
                        "SELECT p.tx_id, p.step || ' of ' || p.business_date || ' for account ' || p.ledger_id"
                                + " || ' without its ledger transaction' FROM eod_postings p"
                                + " WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = p.tx_id)"),
                new ConsistencyRule(
                        "end of day: every ledger transaction of a step has its row",
                        "SELECT o.tx_id, o.type || ' by ' || o.actor || ' without its end-of-day row'"
                                + " FROM platform_operations o WHERE o.type IN ('" + TYPE + "', '"
                                + CapitalisationKind.TYPE + "', '" + MonthlyFeeKind.TYPE + "')"
                                + " AND NOT EXISTS (SELECT 1 FROM eod_postings p WHERE p.tx_id = o.tx_id)"),
                new ConsistencyRule(
                        "end of day: the interest accrued equals what was posted to interest payable",
                        "SELECT a.business_date || ' ' || a.branch || ' ' || a.currency || ' ' || a.product,"
                                + " 'accrued ' || a.total || ' but posted ' || COALESCE(p.total, 0)"
                                + " FROM (" + sums.formatted("posted", "eod_accruals", "") + ") a"
                                + " LEFT JOIN (" + sums.formatted("amount", "eod_postings", " WHERE step = 'ACCRUAL'")
                                + ") p ON p.business_date = a.business_date AND p.branch = a.branch"
                                + " AND p.currency = a.currency AND p.product = a.product"
                                + " WHERE a.total <> COALESCE(p.total, 0)"),
                new ConsistencyRule(
                        "end of day: interest capitalised is the account's accrual",
                        "SELECT p.tx_id, 'account ' || p.ledger_id || ' credited ' || p.amount || ' on '"
                                + " || p.business_date || ' but accrued ' || COALESCE(a.capitalised, 0)"
                                + " FROM eod_postings p LEFT JOIN eod_accruals a ON a.business_date = p.business_date"
                                + " AND a.ledger_id = p.ledger_id WHERE p.step = 'CAPITALISE'"
                                + " AND p.amount <> COALESCE(a.capitalised, 0)"),
                new ConsistencyRule(
                        "end of day: every fee charged has its posting, and once",
                        "SELECT f.ledger_id, 'fee of ' || f.business_date || ' marked charged ' || f.charged"
                                + " || ' with ' || COUNT(p.tx_id) || ' postings' FROM eod_fees f"
                                + " LEFT JOIN eod_postings p ON p.business_date = f.business_date AND p.step = 'FEE'"
                                + " AND p.ledger_id = f.ledger_id GROUP BY f.business_date, f.ledger_id, f.charged"
                                + " HAVING COUNT(p.tx_id) <> f.charged"));
    }
}
