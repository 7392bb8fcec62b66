package org.backoffice.banking.eod.internal;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.backoffice.banking.eod.EodStep;
import org.backoffice.platform.jdbc.Sql;

/**
 * Step 4: every book account's posted debits and credits at the end of the day into {@code
 * balance_snapshots}. The rows never leave the database: each chunk of account ids is one {@code
 * INSERT ... SELECT} from the ledger's balance table, which beats reading the rows out and writing
 * them back in batches (or through COPY) by the whole round trip. Movements already valued after the
 * day are few and taken off afterwards, in the chunk's own transaction.
 */
public final class BalanceSnapshots {
    private BalanceSnapshots() {}

    public static StepOutcome run(StepContext context, EodJournal journal) {
        LocalDate date = context.date();
        Map<Long, long[]> later = context.read(c -> LedgerFigures.after(c, date));
        long cursor = journal.cursor(date, EodStep.SNAPSHOTS);
        long items = journal.items(date, EodStep.SNAPSHOTS);
        int chunk = 0;
        while (true) {
            long from = cursor;
            Long upTo = Sql.query(
                            context.platform().ledger().readers(),
                            "SELECT MAX(account_id) FROM (SELECT account_id FROM ledger_balances WHERE account_id > ?"
                                    + " ORDER BY account_id LIMIT ?) t",
                            rs -> rs.getObject(1) == null ? null : rs.getLong(1),
                            from,
                            context.chunkSize())
                    .stream()
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            if (upTo == null) {
                break;
            }
            int inserted = context.platform().change(List.of(), c -> {
                int rows = Sql.update(
                        c,
                        "INSERT INTO balance_snapshots (business_date, account_id, debits, credits)"
                                + " SELECT ?, account_id, debits_posted, credits_posted FROM ledger_balances"
                                + " WHERE account_id > ? AND account_id <= ?",
                        date.toString(),
                        from,
                        upTo);
                try (PreparedStatement correct = c.prepareStatement("UPDATE balance_snapshots SET debits = debits - ?,"
                        + " credits = credits - ? WHERE business_date = ? AND account_id = ?")) {
                    boolean any = false;
                    for (Map.Entry<Long, long[]> moved : later.entrySet()) {
                        if (moved.getKey() > from && moved.getKey() <= upTo) {
                            correct.setLong(1, moved.getValue()[0]);
                            correct.setLong(2, moved.getValue()[1]);
                            correct.setString(3, date.toString());
                            correct.setLong(4, moved.getKey());
                            correct.addBatch();
                            any = true;
                        }
                    }
                    if (any) {
                        correct.executeBatch();
                    }
                }
                EodJournal.advance(c, date, EodStep.SNAPSHOTS, upTo, rows);
                return rows;
            });
            cursor = upTo;
            items += inserted;
            context.progress().advanced(EodStep.SNAPSHOTS, items);
            context.reached(EodStep.SNAPSHOTS, ++chunk);
        }
        return new StepOutcome(items, items + " book accounts");
    }
}
