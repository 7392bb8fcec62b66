package org.backoffice.ledger.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backoffice.ledger.internal.AccountState;
import org.backoffice.ledger.internal.PostingRow;
import org.backoffice.ledger.internal.TransactionRow;

/**
 * SQLite: one writer holds the database's write lock for the whole batch ({@code BEGIN IMMEDIATE}),
 * so no row locks are needed; id lists travel as a JSON array; rows go in by prepared batches.
 */
public final class SqliteBatchStore extends BatchStore {
    private static final int ROWS_PER_STATEMENT = 64;

    /**
     * Balances as this writer last committed them. They stay valid while no other connection has
     * changed the database, which {@code PRAGMA data_version} tells, read under the write lock.
     */
    private final Map<Long, AccountState> committedBalances = new HashMap<>();

    private long dataVersion = Long.MIN_VALUE;

    @Override
    public Map<Long, AccountState> lockAccounts(Connection connection, long[] sortedIds) throws SQLException {
        long version;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            version = rs.getLong(1);
        }
        if (version != dataVersion) {
            committedBalances.clear();
            dataVersion = version;
        }
        long[] missing = new long[sortedIds.length];
        int n = 0;
        for (long id : sortedIds) {
            if (!committedBalances.containsKey(id)) {
                missing[n++] = id;
            }
        }
        if (n > 0) {
            committedBalances.putAll(super.lockAccounts(connection, Arrays.copyOf(missing, n)));
        }
        Map<Long, AccountState> result = new HashMap<>(sortedIds.length * 2);
        for (long id : sortedIds) {
            AccountState account = committedBalances.get(id);
            if (account != null) {
                result.put(id, account);
            }
        }
        return result;
    }

    @Override
    public void committed(List<AccountState> written) {
        for (AccountState account : written) {
            account.markClean();
        }
    }

    @Override
    public void invalidate() {
        committedBalances.clear();
    }

    @Override
    protected String inIds(String column) {
        return column + " IN (SELECT value FROM json_each(?))";
    }

    @Override
    protected void bindIds(PreparedStatement statement, int index, long[] ids) throws SQLException {
        StringBuilder json = new StringBuilder(ids.length * 8 + 2).append('[');
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(ids[i]);
        }
        statement.setString(index, json.append(']').toString());
    }

    @Override
    protected String lockClause() {
        return "";
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        }
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            // no transaction was open: the failure came before BEGIN or after the end
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                throw e;
            }
        }
    }

    @Override
    public void insertTransactions(Connection connection, List<TransactionRow> rows) throws SQLException {
        insertRows(
                connection,
                "INSERT INTO ledger_transactions (id, kind, value_date, booked_at, pending_id,"
                        + " reverses_id, expires_at, reference, reason_code, metadata, content_hash) VALUES ",
                11,
                rows,
                (ps, i, r) -> {
                    ps.setLong(i, r.id());
                    ps.setInt(i + 1, r.kind());
                    ps.setInt(i + 2, r.valueDate());
                    ps.setLong(i + 3, r.bookedAt());
                    optional(ps, i + 4, r.pendingId());
                    optional(ps, i + 5, r.reversesId());
                    optional(ps, i + 6, r.expiresAt());
                    ps.setString(i + 7, r.reference());
                    ps.setString(i + 8, r.reasonCode());
                    ps.setString(i + 9, r.metadata());
                    ps.setLong(i + 10, r.contentHash());
                });
    }

    @Override
    public void insertPostings(Connection connection, List<PostingRow> rows, long batchNo) throws SQLException {
        insertRows(
                connection,
                "INSERT INTO ledger_postings (transaction_id, posting_index, kind, debit_account_id,"
                        + " credit_account_id, amount, value_date, booked_at, debit_balance_after, credit_balance_after,"
                        + " batch_no) VALUES ",
                11,
                rows,
                (ps, i, r) -> {
                    ps.setLong(i, r.transactionId());
                    ps.setInt(i + 1, r.index());
                    ps.setInt(i + 2, r.kind());
                    ps.setLong(i + 3, r.debitAccount());
                    ps.setLong(i + 4, r.creditAccount());
                    ps.setLong(i + 5, r.amount());
                    ps.setInt(i + 6, r.valueDate());
                    ps.setLong(i + 7, r.bookedAt());
                    ps.setLong(i + 8, r.debitBalanceAfter());
                    ps.setLong(i + 9, r.creditBalanceAfter());
                    ps.setLong(i + 10, batchNo);
                });
    }

    @Override
    public void updateBalances(Connection connection, List<AccountState> accounts) throws SQLException {
        // The new values go into a keyed temporary table, then one UPDATE ... FROM writes them all.
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS balance_updates (account_id INTEGER PRIMARY KEY,"
                    + " dp BIGINT, cp BIGINT, dpe BIGINT, cpe BIGINT, last BIGINT)");
            s.execute("DELETE FROM balance_updates");
        }
        insertRows(
                connection,
                "INSERT INTO balance_updates (account_id, dp, cp, dpe, cpe, last) VALUES ",
                6,
                accounts,
                (ps, i, a) -> {
                    ps.setLong(i, a.id());
                    ps.setLong(i + 1, a.debitsPosted());
                    ps.setLong(i + 2, a.creditsPosted());
                    ps.setLong(i + 3, a.debitsPending());
                    ps.setLong(i + 4, a.creditsPending());
                    ps.setLong(i + 5, a.lastBookedAt());
                });
        try (Statement s = connection.createStatement()) {
            int updated = s.executeUpdate("UPDATE ledger_balances SET debits_posted = u.dp, credits_posted = u.cp,"
                    + " debits_pending = u.dpe, credits_pending = u.cpe, last_booked_at = u.last"
                    + " FROM balance_updates u WHERE ledger_balances.account_id = u.account_id");
            if (updated != accounts.size()) {
                throw new IllegalStateException("updated " + updated + " balances of " + accounts.size());
            }
        }
    }

    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement statement, int firstIndex, T row) throws SQLException;
    }

    /** Inserts rows many to a statement: one native call per chunk instead of per row. */
    private static <T> void insertRows(
            Connection connection, String insert, int columns, List<T> rows, RowBinder<T> binder) throws SQLException {
        int full = rows.size() / ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement ps = connection.prepareStatement(values(insert, columns, ROWS_PER_STATEMENT))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    for (int r = 0; r < ROWS_PER_STATEMENT; r++) {
                        binder.bind(ps, r * columns + 1, rows.get(chunk * ROWS_PER_STATEMENT + r));
                    }
                    ps.executeUpdate();
                }
            }
        }
        int rest = rows.size() - full * ROWS_PER_STATEMENT;
        if (rest > 0) {
            try (PreparedStatement ps = connection.prepareStatement(values(insert, columns, rest))) {
                for (int r = 0; r < rest; r++) {
                    binder.bind(ps, r * columns + 1, rows.get(full * ROWS_PER_STATEMENT + r));
                }
                ps.executeUpdate();
            }
        }
    }

    private static String values(String insert, int columns, int rows) {
        StringBuilder sql = new StringBuilder(insert.length() + rows * columns * 2 + rows * 3).append(insert);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(" : ",(");
            for (int c = 0; c < columns; c++) {
                sql.append(c == 0 ? "?" : ",?");
            }
            sql.append(')');
        }
        return sql.toString();
    }

    private static void optional(PreparedStatement ps, int index, long value) throws SQLException {
        if (value == 0) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
