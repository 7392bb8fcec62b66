package org.backoffice.ledger.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Adds the postings of committed batches to the statement index ({@code ledger_account_entries}),
 * many batches at a time and sorted by account, behind the writer. Entering a posting under its two
 * accounts one batch at a time would touch a random index page per entry; a run of batches puts
 * many entries on each page it touches. Queries read what is not indexed yet by batch number, so
 * they never wait for the indexer.
 */
public final class StatementIndexer {
    private final BatchStore store;
    private final boolean rowLocks;
    private final int maxBatchesPerPass;

    public StatementIndexer(Database.Vendor vendor, BatchStore store, int maxBatchesPerPass) {
        this.store = store;
        this.rowLocks = vendor == Database.Vendor.POSTGRESQL;
        this.maxBatchesPerPass = maxBatchesPerPass;
    }

    /**
     * Indexes the next run of committed batches in one transaction.
     *
     * @return how many batches were indexed; 0 when the index is complete
     */
    public long indexOnce(Connection connection) throws SQLException {
        store.begin(connection);
        try {
            long indexed = single(
                    connection,
                    "SELECT indexed_batch FROM ledger_index_state WHERE id = 1" + (rowLocks ? " FOR UPDATE" : ""));
            // Batch numbers are taken under the state row's lock and kept until commit, so every
            // batch up to the last committed one is visible.
            long last = single(connection, "SELECT last_batch FROM ledger_state WHERE id = 1");
            if (last <= indexed) {
                store.commit(connection);
                return 0;
            }
            long upTo = Math.min(last, indexed + maxBatchesPerPass);
            String entries = "SELECT %s, booked_at, transaction_id, posting_index, kind, batch_no FROM ledger_postings"
                    + " WHERE batch_no > ? AND batch_no <= ?";
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO ledger_account_entries (account_id,"
                    + " booked_at, transaction_id, posting_index, kind, batch_no) "
                    + String.format(entries, "debit_account_id") + " UNION ALL "
                    + String.format(entries, "credit_account_id") + " ORDER BY 1, 2, 3, 4")) {
                ps.setLong(1, indexed);
                ps.setLong(2, upTo);
                ps.setLong(3, indexed);
                ps.setLong(4, upTo);
                ps.executeUpdate();
            }
            try (PreparedStatement ps =
                    connection.prepareStatement("UPDATE ledger_index_state SET indexed_batch = ? WHERE id = 1")) {
                ps.setLong(1, upTo);
                ps.executeUpdate();
            }
            store.commit(connection);
            return upTo - indexed;
        } catch (SQLException | RuntimeException e) {
            store.rollback(connection);
            throw e;
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for: " + sql);
            }
            return rs.getLong(1);
        }
    }
}
