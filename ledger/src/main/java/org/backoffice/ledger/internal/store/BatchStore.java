package org.backoffice.ledger.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.internal.AccountState;
import org.backoffice.ledger.internal.PostingRow;
import org.backoffice.ledger.internal.StoredTransaction;
import org.backoffice.ledger.internal.StoredTransaction.StoredPosting;
import org.backoffice.ledger.internal.TransactionRow;

/**
 * What the writer does to the database inside one batch's transaction. The SQL differs per vendor
 * only where speed needs it: how a list of ids is passed, how rows are inserted and how balances are
 * written back.
 */
public abstract class BatchStore {

    /** A SQL condition "column is one of the ids in the next parameter". */
    protected abstract String inIds(String column);

    protected abstract void bindIds(PreparedStatement statement, int index, long[] ids) throws SQLException;

    /** Suffix of the balance read that locks the rows, in the order of the ids. */
    protected abstract String lockClause();

    public abstract void insertTransactions(Connection connection, List<TransactionRow> rows) throws SQLException;

    public abstract void insertPostings(Connection connection, List<PostingRow> rows, long batchNo) throws SQLException;

    public abstract void updateBalances(Connection connection, List<AccountState> accounts) throws SQLException;

    /** Starts the batch's transaction on the writer connection. */
    public abstract void begin(Connection connection) throws SQLException;

    public abstract void commit(Connection connection) throws SQLException;

    public abstract void rollback(Connection connection) throws SQLException;

    /** The batch committed: the accounts it wrote now hold committed balances. */
    public void committed(List<AccountState> written) {}

    /** A batch rolled back or a change outside the posting path ran: forget whatever was kept. */
    public void invalidate() {}

    /** Pending transfers and reversal originals with their postings; immutable, so read without lock. */
    public Map<Long, StoredTransaction> loadReferenced(Connection connection, long[] ids) throws SQLException {
        Map<Long, StoredTransaction> result = new HashMap<>();
        if (ids.length == 0) {
            return result;
        }
        Map<Long, List<StoredPosting>> postings = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT transaction_id, debit_account_id, credit_account_id, amount FROM ledger_postings WHERE "
                        + inIds("transaction_id") + " ORDER BY transaction_id, posting_index")) {
            bindIds(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    postings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new StoredPosting(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, kind, content_hash, booked_at, expires_at FROM ledger_transactions WHERE " + inIds("id"))) {
            bindIds(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    result.put(
                            id,
                            new StoredTransaction(
                                    id,
                                    TransactionKind.ofCode(rs.getInt(2)),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    postings.getOrDefault(id, List.of())));
                }
            }
        }
        return result;
    }

    /** Locks the balance rows in ascending id order and reads them with their accounts. */
    public Map<Long, AccountState> lockAccounts(Connection connection, long[] sortedIds) throws SQLException {
        Map<Long, AccountState> result = new HashMap<>(sortedIds.length * 2);
        if (sortedIds.length == 0) {
            return result;
        }
        loadAttributes(connection, sortedIds);
        try (PreparedStatement ps = connection.prepareStatement("SELECT account_id, overdraft_limit, closed,"
                + " debits_posted, credits_posted, debits_pending, credits_pending, last_booked_at"
                + " FROM ledger_balances WHERE " + inIds("account_id") + " ORDER BY account_id" + lockClause())) {
            bindIds(ps, 1, sortedIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Attributes a = attributes.get(id);
                    result.put(
                            id,
                            new AccountState(
                                    id,
                                    a.asset(),
                                    a.normalSide(),
                                    a.limit(),
                                    rs.getLong(2),
                                    rs.getInt(3) != 0,
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    rs.getLong(7),
                                    rs.getLong(8)));
                }
            }
        }
        return result;
    }

    /** What never changes once an account is open; read once per account and kept. */
    private record Attributes(String asset, Side normalSide, BalanceLimit limit) {}

    private final Map<Long, Attributes> attributes = new HashMap<>();

    private void loadAttributes(Connection connection, long[] ids) throws SQLException {
        long[] missing = new long[ids.length];
        int n = 0;
        for (long id : ids) {
            if (!attributes.containsKey(id)) {
                missing[n++] = id;
            }
        }
        if (n == 0) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, asset_code, normal_side, balance_limit FROM ledger_accounts WHERE " + inIds("id"))) {
            bindIds(ps, 1, java.util.Arrays.copyOf(missing, n));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    attributes.put(
                            rs.getLong(1),
                            new Attributes(rs.getString(2), side(rs.getString(3)), Codes.limit(rs.getInt(4))));
                }
            }
        }
    }

    /** A batch's number, in commit order, and the last day of the last closed period. */
    public record BatchNumber(long number, int closedThrough) {}

    /**
     * Takes the next batch number. The state row stays locked until the batch commits, so numbers
     * follow commit order and no period closes under the batch.
     */
    public BatchNumber nextBatch(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE ledger_state SET last_batch = last_batch + 1"
                        + " WHERE id = 1 RETURNING last_batch, closed_through");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("ledger_state has no row; the schema is incomplete");
            }
            return new BatchNumber(rs.getLong(1), rs.getInt(2));
        }
    }

    /**
     * Transactions already stored under any of these ids. Only ids up to the largest stored id are
     * looked up: time-ordered ids of new transactions lie above it. An id stored by a concurrent
     * writer after this read still collides on the primary key, and the batch is retried.
     */
    public Map<Long, StoredTransaction> loadExisting(Connection connection, long[] requestIds) throws SQLException {
        Map<Long, StoredTransaction> result = new HashMap<>();
        long[] ids = atMost(requestIds, maxTransactionId(connection));
        if (ids.length == 0) {
            return result;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, kind, content_hash, booked_at FROM ledger_transactions WHERE " + inIds("id"))) {
            bindIds(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    result.put(
                            id,
                            new StoredTransaction(
                                    id,
                                    TransactionKind.ofCode(rs.getInt(2)),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    0,
                                    List.of()));
                }
            }
        }
        return result;
    }

    private static long maxTransactionId(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT MAX(id) FROM ledger_transactions");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long[] atMost(long[] ids, long max) {
        long[] result = new long[ids.length];
        int n = 0;
        for (long id : ids) {
            if (id <= max) {
                result[n++] = id;
            }
        }
        return java.util.Arrays.copyOf(result, n);
    }

    /** Which of these pending transfers already have a post, void or expiry. */
    public Set<Long> loadResolved(Connection connection, long[] pendingIds) throws SQLException {
        return idsWhere(connection, "pending_id", pendingIds);
    }

    /** Which of these transactions are already reversed. */
    public Set<Long> loadReversed(Connection connection, long[] originalIds) throws SQLException {
        return idsWhere(connection, "reverses_id", originalIds);
    }

    private Set<Long> idsWhere(Connection connection, String column, long[] ids) throws SQLException {
        Set<Long> result = new HashSet<>();
        if (ids.length == 0) {
            return result;
        }
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT " + column + " FROM ledger_transactions WHERE " + inIds(column))) {
            bindIds(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
        }
        return result;
    }

    private static Side side(String code) {
        return "D".equals(code) ? Side.DEBIT : Side.CREDIT;
    }

    /** How enums are coded in the database. */
    public static final class Codes {
        private Codes() {}

        public static BalanceLimit limit(int code) {
            return switch (code) {
                case 0 -> BalanceLimit.NONE;
                case 1 -> BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS;
                case 2 -> BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS;
                default -> throw new IllegalStateException("unknown balance limit code " + code);
            };
        }

        public static int code(BalanceLimit limit) {
            return switch (limit) {
                case NONE -> 0;
                case DEBITS_MUST_NOT_EXCEED_CREDITS -> 1;
                case CREDITS_MUST_NOT_EXCEED_DEBITS -> 2;
            };
        }

        public static String code(Side side) {
            return side == Side.DEBIT ? "D" : "C";
        }

        public static Side side(String code) {
            return BatchStore.side(code);
        }
    }
}
