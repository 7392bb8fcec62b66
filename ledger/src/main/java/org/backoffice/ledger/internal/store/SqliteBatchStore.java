package org.backoffice.ledger.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.backoffice.ledger.internal.AccountState;
import org.backoffice.ledger.internal.PostingRow;
import org.backoffice.ledger.internal.TransactionRow;

/**
 * SQLite: one writer holds the database's write lock for the whole batch ({@code BEGIN IMMEDIATE}),
 * so no row locks are needed; id lists travel as a JSON array; rows go in by prepared batches.
 */
public final class SqliteBatchStore extends BatchStore {

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
    protected String shareClause() {
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
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO ledger_transactions (id, kind,"
                + " value_date, booked_at, pending_id, reverses_id, expires_at, reference, reason_code, metadata,"
                + " content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TransactionRow r : rows) {
                ps.setLong(1, r.id());
                ps.setInt(2, r.kind());
                ps.setInt(3, r.valueDate());
                ps.setLong(4, r.bookedAt());
                optional(ps, 5, r.pendingId());
                optional(ps, 6, r.reversesId());
                optional(ps, 7, r.expiresAt());
                ps.setString(8, r.reference());
                ps.setString(9, r.reasonCode());
                ps.setString(10, r.metadata());
                ps.setLong(11, r.contentHash());
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void insertPostings(Connection connection, List<PostingRow> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO ledger_postings (transaction_id,"
                + " posting_index, kind, debit_account_id, credit_account_id, amount, value_date, booked_at,"
                + " debit_balance_after, credit_balance_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PostingRow r : rows) {
                ps.setLong(1, r.transactionId());
                ps.setInt(2, r.index());
                ps.setInt(3, r.kind());
                ps.setLong(4, r.debitAccount());
                ps.setLong(5, r.creditAccount());
                ps.setLong(6, r.amount());
                ps.setInt(7, r.valueDate());
                ps.setLong(8, r.bookedAt());
                ps.setLong(9, r.debitBalanceAfter());
                ps.setLong(10, r.creditBalanceAfter());
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void updateBalances(Connection connection, List<AccountState> accounts) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE ledger_balances SET debits_posted = ?,"
                + " credits_posted = ?, debits_pending = ?, credits_pending = ?, last_booked_at = ?"
                + " WHERE account_id = ?")) {
            for (AccountState a : accounts) {
                ps.setLong(1, a.debitsPosted());
                ps.setLong(2, a.creditsPosted());
                ps.setLong(3, a.debitsPending());
                ps.setLong(4, a.creditsPending());
                ps.setLong(5, a.lastBookedAt());
                ps.setLong(6, a.id());
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("balance of account " + a.id() + " vanished");
                }
            }
        }
    }

    private static void optional(PreparedStatement ps, int index, long value) throws SQLException {
        if (value == 0) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
