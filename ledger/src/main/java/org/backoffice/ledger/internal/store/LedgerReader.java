package org.backoffice.ledger.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.backoffice.ledger.Account;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.AssetKind;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.DailyMovement;
import org.backoffice.ledger.LedgerStorageException;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.StatementCursor;
import org.backoffice.ledger.StatementLine;
import org.backoffice.ledger.StatementPage;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.ledger.TrialBalance;
import org.backoffice.ledger.Turnover;
import org.backoffice.ledger.internal.Dates;
import org.backoffice.ledger.internal.MetadataJson;
import org.backoffice.ledger.internal.store.BatchStore.Codes;

/** Queries over the ledger's tables, on pooled reader connections; the SQL both databases share. */
public final class LedgerReader {
    private static final int PENDING = TransactionKind.PENDING.code();
    private final DataSource readers;

    public LedgerReader(DataSource readers) {
        this.readers = readers;
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(Query<T> query) {
        try (Connection connection = readers.getConnection()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw new LedgerStorageException("ledger query failed: " + e.getMessage(), e);
        }
    }

    public Optional<Asset> asset(AssetCode code) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, scale FROM ledger_assets WHERE code = ?")) {
                ps.setString(1, code.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Asset(code, AssetKind.valueOf(rs.getString(1)), rs.getInt(2)))
                            : Optional.empty();
                }
            }
        });
    }

    public Optional<Account> account(AccountId id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.code, a.asset_code, a.owner, a.normal_side,"
                    + " a.balance_limit, b.overdraft_limit, b.closed FROM ledger_accounts a"
                    + " JOIN ledger_balances b ON b.account_id = a.id WHERE a.id = ?")) {
                ps.setLong(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Account(
                            id,
                            rs.getString(1),
                            AssetCode.of(rs.getString(2)),
                            rs.getString(3),
                            Codes.side(rs.getString(4)),
                            Codes.limit(rs.getInt(5)),
                            rs.getLong(6),
                            rs.getInt(7) != 0));
                }
            }
        });
    }

    public Optional<Balance> balance(AccountId id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.asset_code, a.normal_side, b.debits_posted,"
                    + " b.credits_posted, b.debits_pending, b.credits_pending FROM ledger_balances b"
                    + " JOIN ledger_accounts a ON a.id = b.account_id WHERE b.account_id = ?")) {
                ps.setLong(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Balance(
                            id,
                            AssetCode.of(rs.getString(1)),
                            Codes.side(rs.getString(2)),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getLong(5),
                            rs.getLong(6)));
                }
            }
        });
    }

    /** The balances of these accounts, read in a few queries; an account without a balance row is left out. */
    public Map<AccountId, Balance> balances(java.util.Collection<AccountId> ids) {
        List<AccountId> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        Map<AccountId, Balance> found = new HashMap<>();
        int chunk = 500;
        for (int from = 0; from < all.size(); from += chunk) {
            List<AccountId> part = all.subList(from, Math.min(all.size(), from + chunk));
            read(c -> {
                StringBuilder sql =
                        new StringBuilder("SELECT b.account_id, a.asset_code, a.normal_side, b.debits_posted,"
                                + " b.credits_posted, b.debits_pending, b.credits_pending FROM ledger_balances b"
                                + " JOIN ledger_accounts a ON a.id = b.account_id WHERE b.account_id IN (");
                for (int i = 0; i < part.size(); i++) {
                    sql.append(i == 0 ? "?" : ", ?");
                }
                try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setLong(i + 1, part.get(i).value());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            AccountId id = AccountId.of(rs.getLong(1));
                            found.put(
                                    id,
                                    new Balance(
                                            id,
                                            AssetCode.of(rs.getString(2)),
                                            Codes.side(rs.getString(3)),
                                            rs.getLong(4),
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            rs.getLong(7)));
                        }
                    }
                }
                return null;
            });
        }
        return found;
    }

    /**
     * The balance at the end of {@code date} by value date: posted movements dated on or before it,
     * and pending transfers dated on or before it that were not resolved by then.
     */
    public Optional<Balance> balanceAsOf(AccountId id, LocalDate date) {
        Optional<Account> account = account(id);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        int asOf = Dates.toInt(date);
        return read(c -> {
            long[] posted = {0, 0};
            int from = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT s.period_end, s.debits_posted, s.credits_posted"
                    + " FROM ledger_balance_snapshots s WHERE s.account_id = ? AND s.period_end <= ?"
                    + " ORDER BY s.period_end DESC LIMIT 1")) {
                ps.setLong(1, id.value());
                ps.setInt(2, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        from = rs.getInt(1);
                        posted[0] = rs.getLong(2);
                        posted[1] = rs.getLong(3);
                    }
                }
            }
            // A snapshot is taken only for accounts with movements; an account without one starts
            // from the last closed period's end all the same.
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT MAX(period_end) FROM ledger_closed_periods WHERE period_end <= ?")) {
                ps.setInt(1, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) > from) {
                        from = rs.getInt(1);
                        posted[0] = 0;
                        posted[1] = 0;
                    }
                }
            }
            long[] pending = new long[2];
            String unresolved = " AND NOT EXISTS (SELECT 1 FROM ledger_transactions r"
                    + " WHERE r.pending_id = p.transaction_id AND r.value_date <= ?)";
            try (PreparedStatement ps = c.prepareStatement("WITH " + ACCOUNT_POSTINGS + " SELECT"
                    + " COALESCE(SUM(CASE WHEN p.kind <> " + PENDING + " AND p.value_date > ?"
                    + " AND p.debit_account_id = ? THEN p.amount ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN p.kind <> " + PENDING + " AND p.value_date > ?"
                    + " AND p.credit_account_id = ? THEN p.amount ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN p.kind = " + PENDING + " AND p.debit_account_id = ?" + unresolved
                    + " THEN p.amount ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN p.kind = " + PENDING + " AND p.credit_account_id = ?" + unresolved
                    + " THEN p.amount ELSE 0 END), 0)"
                    + " FROM account_postings p WHERE p.value_date <= ?")) {
                int i = bindAccountPostings(ps, 1, id.value(), window(c));
                ps.setInt(i++, from);
                ps.setLong(i++, id.value());
                ps.setInt(i++, from);
                ps.setLong(i++, id.value());
                ps.setLong(i++, id.value());
                ps.setInt(i++, asOf);
                ps.setLong(i++, id.value());
                ps.setInt(i++, asOf);
                ps.setInt(i, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    posted[0] = Math.addExact(posted[0], rs.getLong(1));
                    posted[1] = Math.addExact(posted[1], rs.getLong(2));
                    pending[0] = rs.getLong(3);
                    pending[1] = rs.getLong(4);
                }
            }
            Account a = account.get();
            return Optional.of(
                    new Balance(id, a.asset(), a.normalSide(), posted[0], posted[1], pending[0], pending[1]));
        });
    }

    /**
     * Batches up to {@code indexed} are in the statement index; those after it, up to {@code last},
     * are read from the postings by batch number.
     */
    private record Window(long indexed, long last) {}

    private static Window window(Connection c) throws SQLException {
        long indexed;
        try (PreparedStatement ps = c.prepareStatement("SELECT indexed_batch FROM ledger_index_state WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            indexed = rs.getLong(1);
        }
        // Read after the indexed mark, so every batch the index lacks lies in (indexed, last].
        try (PreparedStatement ps = c.prepareStatement("SELECT last_batch FROM ledger_state WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Window(indexed, Math.max(indexed, rs.getLong(1)));
        }
    }

    /** Every posting of one account: indexed ones through the statement index, the rest by batch. */
    private static final String ACCOUNT_POSTINGS = "account_postings AS ("
            + " SELECT p.* FROM ledger_account_entries e JOIN ledger_postings p"
            + " ON p.transaction_id = e.transaction_id AND p.posting_index = e.posting_index"
            + " WHERE e.account_id = ? AND e.batch_no <= ?"
            + " UNION ALL"
            + " SELECT p.* FROM ledger_postings p WHERE p.batch_no > ? AND p.batch_no <= ?"
            + " AND (p.debit_account_id = ? OR p.credit_account_id = ?))";

    private static int bindAccountPostings(PreparedStatement ps, int first, long account, Window window)
            throws SQLException {
        ps.setLong(first, account);
        ps.setLong(first + 1, window.indexed());
        ps.setLong(first + 2, window.indexed());
        ps.setLong(first + 3, window.last());
        ps.setLong(first + 4, account);
        ps.setLong(first + 5, account);
        return first + 6;
    }

    public StatementPage statement(StatementQuery query) {
        Optional<Account> account = account(query.account());
        if (account.isEmpty()) {
            throw new IllegalArgumentException("account: " + query.account() + " does not exist");
        }
        Side normal = account.get().normalSide();
        long from = Dates.toMicros(query.from());
        long to = Dates.toMicros(query.to());
        StatementCursor start = query.after().orElse(new StatementCursor(from, 0, -1));
        if (start.bookedAtMicros() < from) {
            start = new StatementCursor(from, 0, -1);
        }
        StatementCursor begin = start;
        long accountId = query.account().value();
        return read(c -> {
            Window window = window(c);
            List<Row> rows = new ArrayList<>();
            rows.addAll(indexedLines(c, accountId, begin, to, query.pageSize() + 1, window));
            rows.addAll(recentLines(c, accountId, begin, to, query.pageSize() + 1, window));
            rows.sort(Row.ORDER);
            long opening = balanceBefore(c, accountId, begin, window);
            boolean more = rows.size() > query.pageSize();
            List<Row> page = more ? rows.subList(0, query.pageSize()) : rows;
            List<StatementLine> lines = new ArrayList<>(page.size());
            for (Row r : page) {
                boolean debited = r.debit == accountId;
                long rawAfter = debited ? r.debitAfter : r.creditAfter;
                lines.add(new StatementLine(
                        new TransactionId(r.transactionId),
                        r.index,
                        TransactionKind.ofCode(r.kind),
                        Dates.toDate(r.valueDate),
                        Dates.toInstant(r.bookedAt),
                        debited ? Side.DEBIT : Side.CREDIT,
                        r.amount,
                        new AccountId(debited ? r.credit : r.debit),
                        signed(normal, rawAfter),
                        r.reference));
            }
            Optional<StatementCursor> next = Optional.empty();
            if (more) {
                Row last = page.get(page.size() - 1);
                next = Optional.of(new StatementCursor(last.bookedAt, last.transactionId, last.index));
            }
            return new StatementPage(query.account(), signed(normal, opening), lines, next);
        });
    }

    private static long signed(Side normal, long debitsMinusCredits) {
        return normal == Side.DEBIT ? debitsMinusCredits : -debitsMinusCredits;
    }

    private record Row(
            long transactionId,
            int index,
            int kind,
            int valueDate,
            long bookedAt,
            long debit,
            long credit,
            long amount,
            long debitAfter,
            long creditAfter,
            String reference) {
        static final java.util.Comparator<Row> ORDER = java.util.Comparator.comparingLong(Row::bookedAt)
                .thenComparingLong(Row::transactionId)
                .thenComparingInt(Row::index);

        long after(long account) {
            return debit == account ? debitAfter : creditAfter;
        }
    }

    private static final String LINE_COLUMNS = "p.transaction_id, p.posting_index, p.kind, p.value_date,"
            + " p.booked_at, p.debit_account_id, p.credit_account_id, p.amount, p.debit_balance_after,"
            + " p.credit_balance_after, t.reference";

    /** "after the cursor" on columns of the given alias, with five parameters. */
    private static String afterCursor(String alias) {
        return " AND (" + alias + ".booked_at > ? OR (" + alias + ".booked_at = ? AND (" + alias
                + ".transaction_id > ? OR (" + alias + ".transaction_id = ? AND " + alias + ".posting_index > ?))))";
    }

    private static int bindCursor(PreparedStatement ps, int first, StatementCursor cursor) throws SQLException {
        ps.setLong(first, cursor.bookedAtMicros());
        ps.setLong(first + 1, cursor.bookedAtMicros());
        ps.setLong(first + 2, cursor.transactionId());
        ps.setLong(first + 3, cursor.transactionId());
        ps.setInt(first + 4, cursor.postingIndex());
        return first + 5;
    }

    private static List<Row> indexedLines(
            Connection c, long account, StatementCursor after, long to, int limit, Window window) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + LINE_COLUMNS + " FROM ledger_account_entries e"
                + " JOIN ledger_postings p ON p.transaction_id = e.transaction_id"
                + " AND p.posting_index = e.posting_index"
                + " JOIN ledger_transactions t ON t.id = e.transaction_id"
                + " WHERE e.account_id = ? AND e.batch_no <= ? AND e.kind <> " + PENDING + " AND e.booked_at < ?"
                + afterCursor("e")
                + " ORDER BY e.booked_at, e.transaction_id, e.posting_index LIMIT ?")) {
            ps.setLong(1, account);
            ps.setLong(2, window.indexed());
            ps.setLong(3, to);
            int i = bindCursor(ps, 4, after);
            ps.setInt(i, limit);
            return rows(ps);
        }
    }

    private static List<Row> recentLines(
            Connection c, long account, StatementCursor after, long to, int limit, Window window) throws SQLException {
        if (window.last() <= window.indexed()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + LINE_COLUMNS + " FROM ledger_postings p"
                + " JOIN ledger_transactions t ON t.id = p.transaction_id"
                + " WHERE p.batch_no > ? AND p.batch_no <= ? AND (p.debit_account_id = ? OR p.credit_account_id = ?)"
                + " AND p.kind <> " + PENDING + " AND p.booked_at < ?" + afterCursor("p")
                + " ORDER BY p.booked_at, p.transaction_id, p.posting_index LIMIT ?")) {
            ps.setLong(1, window.indexed());
            ps.setLong(2, window.last());
            ps.setLong(3, account);
            ps.setLong(4, account);
            ps.setLong(5, to);
            int i = bindCursor(ps, 6, after);
            ps.setInt(i, limit);
            return rows(ps);
        }
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getString(11)));
            }
        }
        return rows;
    }

    /** Posted debits minus credits after the last posted movement at or before the cursor. */
    private static long balanceBefore(Connection c, long account, StatementCursor cursor, Window window)
            throws SQLException {
        String atOrBefore = " AND (%1$s.booked_at < ? OR (%1$s.booked_at = ? AND (%1$s.transaction_id < ?"
                + " OR (%1$s.transaction_id = ? AND %1$s.posting_index <= ?))))"
                + " ORDER BY %1$s.booked_at DESC, %1$s.transaction_id DESC, %1$s.posting_index DESC LIMIT 1";
        List<Row> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + LINE_COLUMNS + " FROM ledger_account_entries e"
                + " JOIN ledger_postings p ON p.transaction_id = e.transaction_id"
                + " AND p.posting_index = e.posting_index"
                + " JOIN ledger_transactions t ON t.id = e.transaction_id"
                + " WHERE e.account_id = ? AND e.batch_no <= ? AND e.kind <> " + PENDING
                + String.format(atOrBefore, "e"))) {
            ps.setLong(1, account);
            ps.setLong(2, window.indexed());
            bindCursor(ps, 3, cursor);
            candidates.addAll(rows(ps));
        }
        if (window.last() > window.indexed()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + LINE_COLUMNS + " FROM ledger_postings p"
                    + " JOIN ledger_transactions t ON t.id = p.transaction_id"
                    + " WHERE p.batch_no > ? AND p.batch_no <= ?"
                    + " AND (p.debit_account_id = ? OR p.credit_account_id = ?) AND p.kind <> " + PENDING
                    + String.format(atOrBefore, "p"))) {
                ps.setLong(1, window.indexed());
                ps.setLong(2, window.last());
                ps.setLong(3, account);
                ps.setLong(4, account);
                bindCursor(ps, 5, cursor);
                candidates.addAll(rows(ps));
            }
        }
        return candidates.stream().max(Row.ORDER).map(r -> r.after(account)).orElse(0L);
    }

    /** Posted balances now, from the balance rows. */
    public TrialBalance trialBalance(LocalDate today) {
        return read(c -> {
            List<TrialBalance.Line> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.code, a.asset_code, b.debits_posted,"
                            + " b.credits_posted FROM ledger_accounts a JOIN ledger_balances b ON b.account_id = a.id"
                            + " ORDER BY a.asset_code, a.code, a.id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                }
            }
            return new TrialBalance(today, lines);
        });
    }

    /** Posted balances at the end of {@code date} by value date: the last snapshot plus movements since. */
    public TrialBalance trialBalanceAsOf(LocalDate date) {
        int asOf = Dates.toInt(date);
        return read(c -> {
            int from = 0;
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT MAX(period_end) FROM ledger_closed_periods WHERE period_end <= ?")) {
                ps.setInt(1, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        from = rs.getInt(1);
                    }
                }
            }
            Map<Long, long[]> sums = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT account_id, debits_posted, credits_posted"
                    + " FROM ledger_balance_snapshots WHERE period_end = ?")) {
                ps.setInt(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sums.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
            String[] columns = {"debit_account_id", "credit_account_id"};
            for (int side = 0; side < 2; side++) {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + columns[side] + ", SUM(amount)"
                        + " FROM ledger_postings WHERE kind <> " + PENDING + " AND value_date > ? AND value_date <= ?"
                        + " GROUP BY " + columns[side])) {
                    ps.setInt(1, from);
                    ps.setInt(2, asOf);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long[] s = sums.computeIfAbsent(rs.getLong(1), k -> new long[2]);
                            s[side] = Math.addExact(s[side], rs.getLong(2));
                        }
                    }
                }
            }
            List<TrialBalance.Line> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT id, code, asset_code FROM ledger_accounts ORDER BY asset_code, code, id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] s = sums.getOrDefault(rs.getLong(1), new long[2]);
                    lines.add(line(rs.getLong(1), rs.getString(2), rs.getString(3), s[0], s[1]));
                }
            }
            return new TrialBalance(date, lines);
        });
    }

    /**
     * Opening and period totals per account in one aggregate query: the snapshot of the last period
     * closed before {@code from} (if any), plus the posted movements dated after it up to {@code to},
     * split at {@code from}.
     */
    public Turnover turnover(LocalDate from, LocalDate to) {
        int start = Dates.toInt(from);
        int end = Dates.toInt(to);
        String opening = "CASE WHEN p.value_date < ? THEN p.amount ELSE 0 END";
        String within = "CASE WHEN p.value_date >= ? THEN p.amount ELSE 0 END";
        String after = " FROM ledger_postings p, base WHERE p.kind <> " + PENDING
                + " AND p.value_date > base.day AND p.value_date <= ?";
        String sql = "WITH base AS (SELECT COALESCE(MAX(period_end), 0) AS day FROM ledger_closed_periods"
                + " WHERE period_end < ?),"
                + " moves AS (SELECT s.account_id AS account_id, s.debits_posted AS opening_debits,"
                + " s.credits_posted AS opening_credits, 0 AS debits, 0 AS credits"
                + " FROM ledger_balance_snapshots s, base WHERE s.period_end = base.day"
                + " UNION ALL SELECT p.debit_account_id, " + opening + ", 0, " + within + ", 0" + after
                + " UNION ALL SELECT p.credit_account_id, 0, " + opening + ", 0, " + within + after + ")"
                + " SELECT a.id, a.code, a.asset_code, SUM(m.opening_debits), SUM(m.opening_credits),"
                + " SUM(m.debits), SUM(m.credits) FROM moves m JOIN ledger_accounts a ON a.id = m.account_id"
                + " GROUP BY a.id, a.code, a.asset_code ORDER BY a.asset_code, a.code, a.id";
        return read(c -> {
            List<Turnover.Line> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, start);
                ps.setInt(2, start);
                ps.setInt(3, start);
                ps.setInt(4, end);
                ps.setInt(5, start);
                ps.setInt(6, start);
                ps.setInt(7, end);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new Turnover.Line(
                                new AccountId(rs.getLong(1)),
                                rs.getString(2),
                                AssetCode.of(rs.getString(3)),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getLong(7)));
                    }
                }
            }
            return new Turnover(from, to, lines);
        });
    }

    /** Posted debits and credits of one account per value date within [from, to], days without any left out. */
    public List<DailyMovement> dailyMovements(AccountId id, LocalDate from, LocalDate to) {
        return read(c -> {
            List<DailyMovement> days = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("WITH " + ACCOUNT_POSTINGS + " SELECT p.value_date,"
                    + " COALESCE(SUM(CASE WHEN p.debit_account_id = ? THEN p.amount ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN p.credit_account_id = ? THEN p.amount ELSE 0 END), 0)"
                    + " FROM account_postings p WHERE p.kind <> " + PENDING
                    + " AND p.value_date >= ? AND p.value_date <= ?"
                    + " GROUP BY p.value_date ORDER BY p.value_date")) {
                int i = bindAccountPostings(ps, 1, id.value(), window(c));
                ps.setLong(i++, id.value());
                ps.setLong(i++, id.value());
                ps.setInt(i++, Dates.toInt(from));
                ps.setInt(i, Dates.toInt(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.add(new DailyMovement(Dates.toDate(rs.getInt(1)), rs.getLong(2), rs.getLong(3)));
                    }
                }
            }
            return days;
        });
    }

    private static TrialBalance.Line line(long id, String code, String asset, long debits, long credits) {
        long net = Math.subtractExact(debits, credits);
        return new TrialBalance.Line(new AccountId(id), code, AssetCode.of(asset), Math.max(net, 0), Math.max(-net, 0));
    }

    public Optional<TransactionRecord> transaction(TransactionId id) {
        List<TransactionRecord> found = transactions("t.id = ?", ps -> ps.setLong(1, id.value()));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every transaction whose memo references this source document, in booking order. */
    public List<TransactionRecord> byReference(String reference) {
        return transactions("t.reference = ?", ps -> ps.setString(1, reference));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<TransactionRecord> transactions(String where, Binder binder) {
        return read(c -> {
            Map<Long, TransactionRecord> headers = new LinkedHashMap<>();
            Map<Long, List<Posting>> postings = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.kind, t.value_date, t.booked_at,"
                    + " t.pending_id, t.reverses_id, t.expires_at, t.reference, t.reason_code, t.metadata"
                    + " FROM ledger_transactions t WHERE " + where + " ORDER BY t.booked_at, t.id")) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long related = rs.getLong(5) != 0 ? rs.getLong(5) : rs.getLong(6);
                        long expires = rs.getLong(7);
                        headers.put(
                                rs.getLong(1),
                                new TransactionRecord(
                                        new TransactionId(rs.getLong(1)),
                                        TransactionKind.ofCode(rs.getInt(2)),
                                        Dates.toDate(rs.getInt(3)),
                                        Dates.toInstant(rs.getLong(4)),
                                        related == 0 ? Optional.empty() : Optional.of(new TransactionId(related)),
                                        expires == 0 ? Optional.empty() : Optional.of(Dates.toInstant(expires)),
                                        new Memo(rs.getString(8), rs.getString(9), MetadataJson.read(rs.getString(10))),
                                        List.of()));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT p.transaction_id, p.debit_account_id,"
                    + " p.credit_account_id, a.asset_code, p.amount FROM ledger_postings p"
                    + " JOIN ledger_transactions t ON t.id = p.transaction_id"
                    + " JOIN ledger_accounts a ON a.id = p.debit_account_id WHERE " + where
                    + " ORDER BY p.transaction_id, p.posting_index")) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        postings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Posting(
                                        new AccountId(rs.getLong(2)),
                                        new AccountId(rs.getLong(3)),
                                        AssetCode.of(rs.getString(4)),
                                        rs.getLong(5)));
                    }
                }
            }
            List<TransactionRecord> result = new ArrayList<>();
            for (TransactionRecord h : headers.values()) {
                result.add(new TransactionRecord(
                        h.id(),
                        h.kind(),
                        h.valueDate(),
                        h.bookedAt(),
                        h.related(),
                        h.expiresAt(),
                        h.memo(),
                        postings.getOrDefault(h.id().value(), List.of())));
            }
            return result;
        });
    }

    /**
     * Pending transfers whose timeout passed after {@code afterMicros} and by {@code nowMicros}, and
     * that nothing resolved yet, oldest first.
     */
    public List<Long> duePendings(long afterMicros, long nowMicros, int limit) {
        return read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id FROM ledger_transactions t"
                    + " WHERE t.expires_at IS NOT NULL AND t.expires_at > ? AND t.expires_at <= ?"
                    + " AND NOT EXISTS (SELECT 1 FROM ledger_transactions r WHERE r.pending_id = t.id)"
                    + " ORDER BY t.expires_at LIMIT ?")) {
                ps.setLong(1, afterMicros);
                ps.setLong(2, nowMicros);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Committed batches whose postings the statement index does not hold yet. */
    public long statementIndexLag() {
        return read(c -> {
            Window window = window(c);
            return window.last() - window.indexed();
        });
    }

    public int closedThrough() {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT closed_through FROM ledger_state WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Every account's raw posted and pending totals: for invariant checks and reconciliation. */
    public Map<Long, long[]> allBalances() {
        return read(c -> {
            Map<Long, long[]> result = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT account_id, debits_posted, credits_posted,"
                            + " debits_pending, credits_pending FROM ledger_balances");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }
            }
            return result;
        });
    }
}
