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
import org.backoffice.platform.jdbc.MultiRowInsert;
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
    private static final List<String> COLUMNS = List.of(
            "business_date",
            "ledger_id",
            "branch",
            "currency",
            "product",
            "balance",
            "days",
            "day_micros",
            "cumulative_micros",
            "posted",
            "capitalised",
            "carried_micros");

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
        long first = cursor;
        List<Row> rows = context.read(c -> chunk(c, context, previous, first, days, monthEnd, later));
        while (!rows.isEmpty()) {
            long from = cursor;
            long last = rows.get(rows.size() - 1).ledgerId();
            List<Row> kept = rows.stream()
                    .filter(r -> r.balance() > 0 || r.cumulative() > 0)
                    .toList();
            AccrualChunkKind.Chunk work = new AccrualChunkKind.Chunk(
                    date, rows.get(0).branch(), from, last, rows.size(), kept, totals(context, from, kept));
            List<java.util.concurrent.CompletableFuture<Outcome>> pending =
                    context.submit(context.kinds().accrual(), List.of(work));
            List<Row> next = context.read(c -> chunk(c, context, previous, last, days, monthEnd, later));
            for (Outcome outcome : StepContext.await(pending)) {
                if (outcome instanceof Outcome.Rejected rejected) {
                    throw new IllegalStateException("the interest accrual after account " + from + " was refused: "
                            + rejected.reason() + " " + rejected.detail());
                }
            }
            cursor = last;
            items += rows.size();
            context.progress().advanced(EodStep.ACCRUAL, items);
            context.reached(EodStep.ACCRUAL, ++chunk);
            rows = next;
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
        String day = date.toString();
        MultiRowInsert.insert(c, "eod_accruals", COLUMNS, rows, row -> new Object[] {
            day,
            row.ledgerId(),
            row.branch(),
            row.currency(),
            row.product(),
            row.balance(),
            row.days(),
            row.dayMicros(),
            row.cumulative(),
            row.posted(),
            row.capitalised(),
            row.carried()
        });
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
     * Credits each account its month's interest, in chunks, up to a transfer's worth of accounts of
     * one branch and currency to an operation (one posting each). An account credited by an earlier,
     * interrupted run has its {@code eod_postings} row and is not read again. Its chunks count on from
     * the accrual's.
     */
    private static String capitalise(StepContext context, int chunk) {
        LocalDate date = context.date();
        long cursor = 0;
        long refused = 0;
        List<Object[]> rows = toCapitalise(context, cursor);
        while (!rows.isEmpty()) {
            Map<String, List<Object[]>> byBranch = new java.util.LinkedHashMap<>();
            for (Object[] row : rows) {
                byBranch.computeIfAbsent(row[1] + "|" + row[2], k -> new ArrayList<>())
                        .add(row);
            }
            List<CapitalisationKind.Credits> credits = new ArrayList<>();
            for (List<Object[]> same : byBranch.values()) {
                String branch = (String) same.getFirst()[1];
                String currency = (String) same.getFirst()[2];
                long payable = context.house(branch, HouseAccounts.INTEREST_PAYABLE, currency);
                for (int from = 0; from < same.size(); from += Transfer.MAX_POSTINGS) {
                    List<Object[]> group = same.subList(from, Math.min(same.size(), from + Transfer.MAX_POSTINGS));
                    List<Posting> postings = new ArrayList<>(group.size());
                    for (Object[] row : group) {
                        postings.add(Posting.of(payable, (Long) row[0], currency, (Long) row[3]));
                    }
                    Transfer transfer = new Transfer(
                                    EodIds.of(date, "CAPITALISE", "from " + group.getFirst()[0]),
                                    date,
                                    postings,
                                    false,
                                    null,
                                    Memo.NONE)
                            .withMemo(new Memo("EOD-" + date, "INTEREST_CAPITALISED", Map.of()));
                    List<EodPosting> rowsOf = new ArrayList<>(group.size());
                    for (Object[] row : group) {
                        rowsOf.add(new EodPosting(
                                date,
                                EodPosting.CAPITALISE,
                                (Long) row[0],
                                branch,
                                currency,
                                (String) row[4],
                                (Long) row[3],
                                transfer));
                    }
                    credits.add(new CapitalisationKind.Credits(branch, rowsOf));
                }
            }
            List<java.util.concurrent.CompletableFuture<Outcome>> pending =
                    context.submit(context.kinds().capitalisation(), credits);
            cursor = (Long) rows.get(rows.size() - 1)[0];
            List<Object[]> next = toCapitalise(context, cursor);
            List<Outcome> outcomes = StepContext.await(pending);
            for (int i = 0; i < credits.size(); i++) {
                if (!outcomes.get(i).accepted()) {
                    refused += credits.get(i).postings().size();
                }
            }
            context.reached(EodStep.ACCRUAL, ++chunk);
            rows = next;
        }
        long credited = Sql.count(
                context.platform().ledger().readers(),
                "SELECT COUNT(*) FROM eod_postings WHERE business_date = ? AND step = ?",
                date.toString(),
                EodPosting.CAPITALISE);
        return credited + " accounts credited with their interest" + (refused > 0 ? ", " + refused + " refused" : "");
    }

    /** The next chunk of accounts after {@code cursor} with interest to capitalise and not credited yet. */
    private static List<Object[]> toCapitalise(StepContext context, long cursor) {
        return Sql.query(
                context.platform().ledger().readers(),
                "SELECT ledger_id, branch, currency, capitalised, product FROM eod_accruals a"
                        + " WHERE business_date = ? AND capitalised > 0 AND ledger_id > ?"
                        + " AND NOT EXISTS (SELECT 1 FROM eod_postings p WHERE p.business_date = a.business_date"
                        + " AND p.step = '" + EodPosting.CAPITALISE + "' AND p.ledger_id = a.ledger_id)"
                        + " ORDER BY ledger_id LIMIT ?",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)},
                context.date().toString(),
                cursor,
                context.chunkSize());
    }
}
