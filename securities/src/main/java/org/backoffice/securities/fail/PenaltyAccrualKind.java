package org.backoffice.securities.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.operation.RecordKind;

/**
 * The end-of-day accrual of one branch's settlement penalties for a day: the penalty rows of every
 * trade failing at its end, recorded on the platform's path (they move nothing in the ledger). A
 * trade already charged for the day is refused, so a rerun of the day records nothing twice.
 */
final class PenaltyAccrualKind extends RecordKind<PenaltyAccrualKind.Accrual> {
    static final String TYPE = "PenaltyAccrual";
    static final PenaltyAccrualKind KIND = new PenaltyAccrualKind();

    /** One branch's penalties of a day, under the operation's id. */
    record Accrual(long id, String branch, LocalDate day, List<DailyPenalty> penalties, String actor, long at) {
        Accrual {
            penalties = List.copyOf(penalties);
        }
    }

    PenaltyAccrualKind() {
        super(TYPE, Accrual::branch, Accrual::id);
    }

    @Override
    public String[] refusals(Connection c, List<Accrual> accruals) throws SQLException {
        String[] refusals = new String[accruals.size()];
        boolean any = false;
        for (int k = 0; k < accruals.size(); k++) {
            Accrual accrual = accruals.get(k);
            for (DailyPenalty p : accrual.penalties()) {
                if (!Sql.query(
                                c,
                                "SELECT 1 FROM sec_penalties WHERE trade_id = ? AND day = ?",
                                rs -> 1,
                                p.tradeId(),
                                accrual.day().toString())
                        .isEmpty()) {
                    refusals[k] = "day: trade " + p.tradeId() + " is charged for " + accrual.day() + " already";
                    any = true;
                    break;
                }
            }
        }
        return any ? refusals : null;
    }

    @Override
    public List<AuditRecord> write(Connection c, List<Accrual> accepted) throws SQLException {
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO sec_penalties (trade_id, day, category, daily_bp, base_value, amount,"
                        + " currency, accrued_by, accrued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Accrual accrual : accepted) {
                for (DailyPenalty p : accrual.penalties()) {
                    insert.setLong(1, p.tradeId());
                    insert.setString(2, accrual.day().toString());
                    insert.setString(3, p.category().name());
                    insert.setString(4, p.dailyRateBasisPoints().toPlainString());
                    insert.setLong(5, p.baseValue());
                    insert.setLong(6, p.amount());
                    insert.setString(7, p.currency());
                    insert.setString(8, accrual.actor());
                    insert.setLong(9, accrual.at());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        return accepted.stream()
                .map(a -> new AuditRecord(
                        a.actor(),
                        "ACCRUE",
                        "Penalties",
                        a.day().toString(),
                        a.branch(),
                        null,
                        "{\"trades\":" + a.penalties().size() + "}"))
                .toList();
    }
}
