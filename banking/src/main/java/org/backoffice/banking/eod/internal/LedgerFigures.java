package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.platform.jdbc.Sql;

/**
 * Bulk reads of the ledger's own tables for end of day. The ledger's API reads one account's balance
 * as of a date at a time, which for a million accounts is a million queries; here a chunk of accounts
 * is one query over {@code ledger_balances} (the posted totals now), corrected by the few postings
 * whose value date lies after the day (payments already dated for tomorrow).
 */
public final class LedgerFigures {
    private LedgerFigures() {}

    /** The ledger's form of a date: yyyymmdd as an integer. */
    public static int day(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /**
     * Per account, what posted movements valued after {@code date} added to its credits minus its
     * debits: subtracted from today's totals, it gives the balance at the end of {@code date}.
     */
    public static Map<Long, long[]> after(Connection c, LocalDate date) throws SQLException {
        Map<Long, long[]> moves = new HashMap<>();
        for (Object[] row : Sql.query(
                c,
                "SELECT debit_account_id, credit_account_id, amount FROM ledger_postings"
                        + " WHERE kind <> ? AND value_date > ?",
                rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                TransactionKind.PENDING.code(),
                day(date))) {
            long amount = (Long) row[2];
            moves.computeIfAbsent((Long) row[0], k -> new long[2])[0] += amount;
            moves.computeIfAbsent((Long) row[1], k -> new long[2])[1] += amount;
        }
        return moves;
    }
}
