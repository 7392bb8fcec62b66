package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Product;
import org.backoffice.banking.eod.EodStep;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.jdbc.Sql;

/**
 * Step 1: interest on every client account not closed, by its product, for the days from the
 * business day to the next one (so Friday accrues the weekend). Accounts are read in chunks of
 * ascending ledger id; each chunk's sub-ledger rows, its postings and the step's cursor commit together, so a
 * crash loses at most the chunk in hand. With them, on the platform's one path, the general ledger
 * takes the chunk's postings, one per branch, currency and product summed from its sub-ledger rows:
 * Dr interest expense / Cr interest payable. On
 * the month's last business day each account's accrued interest is credited to it (Dr interest
 * payable / Cr the account) and its accrual starts again from zero.
 */
public final class InterestAccrual {
    private static final String INSERT = "INSERT INTO eod_accruals (business_date, ledger_id, branch, currency,"
            + " product, balance, days, day_micros, cumulative_micros, posted, capitalised, carried_micros)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private InterestAccrual() {}

    record Row(
            long ledgerId,
            String branch,
            String currency,
            String product,
            long balance,
            long days,
            long dayMicros,
            long cumulative,
            long posted,
            long capitalised,
            long carried) {}

    public static StepOutcome run(StepContext context, EodJournal journal) {
        LocalDate date = context.date();
        long days = ChronoUnit.DAYS.between(date, context.nextBusinessDay());
        boolean monthEnd = context.monthEnd();
        String previous = Sql.query(
                        context.platform().ledger().readers(),
                        "SELECT business_date FROM eod_accruals WHERE business_date < ?"
                                + " ORDER BY business_date DESC LIMIT 1",
                        rs -> rs.getString(1),
                        date.toString())
                .stream()
                .findFirst()
                .orElse(null);
        Map<Long, long[]> later = context.read(c -> LedgerFigures.after(c, date));
        long cursor = journal.cursor(date, EodStep.ACCRUAL);
        long items = journal.items(date, EodStep.ACCRUAL);
        int chunk = 0;
        while (true) {
            long from = cursor;
            List<Row> rows = context.read(c -> chunk(c, context, previous, from, days, monthEnd, later));
            if (rows.isEmpty()) {
                break;
            }
            long last = rows.get(rows.size() - 1).ledgerId();
            List<Row> kept = rows.stream()
                    .filter(r -> r.balance() > 0 || r.cumulative() > 0)
                    .toList();
            AccrualChunkKind.Chunk work = new AccrualChunkKind.Chunk(
                    date, rows.get(0).branch(), from, last, rows.size(), kept, totals(context, from, kept));
            for (Outcome outcome : context.record(context.kinds().accrual(), List.of(work))) {
                if (outcome instanceof Outcome.Rejected rejected) {
                    throw new IllegalStateException("the interest accrual after account " + from + " was refused: "
                            + rejected.reason() + " " + rejected.detail());
                }
            }
            cursor = last;
            items += rows.size();
            context.progress().advanced(EodStep.ACCRUAL, items);
            context.reached(EodStep.ACCRUAL, ++chunk);
        }
        long postings = Sql.count(
                context.platform().ledger().readers(),
                "SELECT COUNT(*) FROM eod_postings WHERE business_date = ? AND step = ?",
                date.toString(),
                EodPosting.ACCRUAL);
        String detail = postings + " postings to interest payable over " + days + " day(s)";
        if (monthEnd) {
            detail += "; " + capitalise(context, chunk);
        }
        return new StepOutcome(items, detail);
    }

    private static List<Row> chunk(
            Connection c,
            StepContext context,
            String previous,
            long from,
            long days,
            boolean monthEnd,
            Map<Long, long[]> later)
            throws SQLException {
        List<Row> rows = new ArrayList<>(Math.min(context.chunkSize(), 65_536));
        try (PreparedStatement select = c.prepareStatement("SELECT a.ledger_id, a.branch, a.currency, a.product,"
                + " b.credits_posted - b.debits_posted, p.carried_micros FROM bank_accounts a"
                + " JOIN ledger_balances b ON b.account_id = a.ledger_id"
                + " LEFT JOIN eod_accruals p ON p.business_date = ? AND p.ledger_id = a.ledger_id"
                + " WHERE a.ledger_id > ? AND a.status <> 'CLOSED' ORDER BY a.ledger_id LIMIT ?")) {
            select.setString(1, previous == null ? "" : previous);
            select.setLong(2, from);
            select.setInt(3, context.chunkSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long[] after = later.get(id);
                    long balance = rs.getLong(5) - (after == null ? 0 : after[1] - after[0]);
                    long carried = rs.getLong(6);
                    Product product = context.products().get(rs.getString(4));
                    long dayMicros = product == null ? 0 : Interest.micros(balance, product, days);
                    long cumulative = Math.addExact(carried, dayMicros);
                    long posted = Interest.rounded(cumulative) - Interest.rounded(carried);
                    long capitalised = monthEnd ? Interest.rounded(cumulative) : 0;
                    rows.add(new Row(
                            id,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            balance,
                            days,
                            dayMicros,
                            cumulative,
                            posted,
                            capitalised,
                            monthEnd ? 0 : cumulative));
                }
            }
        }
        return rows;
    }

    static void insert(Connection c, LocalDate date, List<Row> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            int batched = 0;
            for (Row row : rows) {
                insert.setString(1, date.toString());
                insert.setLong(2, row.ledgerId());
                insert.setString(3, row.branch());
                insert.setString(4, row.currency());
                insert.setString(5, row.product());
                insert.setLong(6, row.balance());
                insert.setLong(7, row.days());
                insert.setLong(8, row.dayMicros());
                insert.setLong(9, row.cumulative());
                insert.setLong(10, row.posted());
                insert.setLong(11, row.capitalised());
                insert.setLong(12, row.carried());
                insert.addBatch();
                if (++batched % 5_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * The chunk's postings to interest payable, one per branch, currency and product, summed from its
     * sub-ledger rows; the ids are derived from the day, the chunk's start and the key.
     */
    private static List<EodPosting> totals(StepContext context, long from, List<Row> rows) {
        Map<String, long[]> sums = new java.util.TreeMap<>();
        Map<String, Row> firsts = new java.util.HashMap<>();
        for (Row row : rows) {
            String key = row.branch() + "|" + row.currency() + "|" + row.product();
            sums.computeIfAbsent(key, k -> new long[1])[0] += row.posted();
            firsts.putIfAbsent(key, row);
        }
        LocalDate date = context.date();
        List<EodPosting> totals = new ArrayList<>();
        for (Map.Entry<String, long[]> e : sums.entrySet()) {
            long amount = e.getValue()[0];
            if (amount <= 0) {
                continue;
            }
            Row first = firsts.get(e.getKey());
            Transfer transfer = Transfer.of(
                            EodIds.of(date, "ACCRUAL", from + "|" + e.getKey()),
                            date,
                            Posting.of(
                                    context.house(first.branch(), HouseAccounts.INTEREST_EXPENSE, first.currency()),
                                    context.house(first.branch(), HouseAccounts.INTEREST_PAYABLE, first.currency()),
                                    first.currency(),
                                    amount))
                    .withMemo(new Memo("EOD-" + date, "INTEREST_ACCRUAL", Map.of("product", first.product())));
            totals.add(new EodPosting(
                    date, EodPosting.ACCRUAL, 0, first.branch(), first.currency(), first.product(), amount, transfer));
        }
        return totals;
    }

    /**
     * Credits each account its month's interest, one operation per account, in chunks; an account
     * credited by an earlier, interrupted run is a replay. Its chunks count on from the accrual's.
     */
    private static String capitalise(StepContext context, int chunk) {
        LocalDate date = context.date();
        long cursor = 0;
        long credited = 0;
        long refused = 0;
        while (true) {
            List<Object[]> rows = Sql.query(
                    context.platform().ledger().readers(),
                    "SELECT ledger_id, branch, currency, capitalised, product FROM eod_accruals"
                            + " WHERE business_date = ? AND capitalised > 0 AND ledger_id > ? ORDER BY ledger_id LIMIT ?",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)
                    },
                    date.toString(),
                    cursor,
                    context.chunkSize());
            if (rows.isEmpty()) {
                break;
            }
            List<EodPosting> credits = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                long account = (Long) row[0];
                String currency = (String) row[2];
                Transfer transfer = Transfer.of(
                                EodIds.of(date, "CAPITALISE", Long.toString(account)),
                                date,
                                Posting.of(
                                        context.house((String) row[1], HouseAccounts.INTEREST_PAYABLE, currency),
                                        account,
                                        currency,
                                        (Long) row[3]))
                        .withMemo(new Memo("EOD-" + date, "INTEREST_CAPITALISED", Map.of()));
                credits.add(new EodPosting(
                        date,
                        EodPosting.CAPITALISE,
                        account,
                        (String) row[1],
                        currency,
                        (String) row[4],
                        (Long) row[3],
                        transfer));
            }
            for (Outcome outcome : context.record(context.kinds().capitalisation(), credits)) {
                if (outcome.accepted()) {
                    credited++;
                } else {
                    refused++;
                }
            }
            cursor = (Long) rows.get(rows.size() - 1)[0];
            context.reached(EodStep.ACCRUAL, ++chunk);
        }
        return credited + " accounts credited with their interest" + (refused > 0 ? ", " + refused + " refused" : "");
    }
}
