package org.backoffice.ledger.internal.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.backoffice.ledger.internal.AccountState;
import org.backoffice.ledger.internal.PostingRow;
import org.backoffice.ledger.internal.TransactionRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** PostgreSQL: id lists as arrays, rows by {@code COPY}, balances in one {@code UPDATE ... FROM unnest}. */
public final class PostgresBatchStore extends BatchStore {
    private static final int COPY_CHUNK = 64 * 1024;

    @Override
    protected String inIds(String column) {
        return column + " = ANY(?)";
    }

    @Override
    protected void bindIds(PreparedStatement statement, int index, long[] ids) throws SQLException {
        statement.setArray(
                index, statement.getConnection().unwrap(PGConnection.class).createArrayOf("int8", ids));
    }

    @Override
    protected String lockClause() {
        return " FOR UPDATE";
    }

    @Override
    public void begin(Connection connection) {
        // autocommit is off: the first statement opens the transaction
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        connection.commit();
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        connection.rollback();
    }

    @Override
    public void insertTransactions(Connection connection, List<TransactionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        CopyText text = new CopyText(rows.size() * 64);
        try (Copy copy = new Copy(
                connection,
                "COPY ledger_transactions (id, kind, value_date, booked_at, pending_id,"
                        + " reverses_id, expires_at, reference, reason_code, metadata, content_hash) FROM STDIN")) {
            for (TransactionRow r : rows) {
                text.number(r.id())
                        .number(r.kind())
                        .number(r.valueDate())
                        .number(r.bookedAt())
                        .optional(r.pendingId())
                        .optional(r.reversesId())
                        .optional(r.expiresAt())
                        .text(r.reference())
                        .text(r.reasonCode())
                        .text(r.metadata())
                        .last(r.contentHash());
                copy.flushIfFull(text);
            }
            copy.finish(text);
        }
    }

    @Override
    public void insertPostings(Connection connection, List<PostingRow> rows, long batchNo) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        CopyText text = new CopyText(rows.size() * 80);
        try (Copy copy = new Copy(
                connection,
                "COPY ledger_postings (transaction_id, posting_index, kind,"
                        + " debit_account_id, credit_account_id, amount, value_date, booked_at, debit_balance_after,"
                        + " credit_balance_after, batch_no) FROM STDIN")) {
            for (PostingRow r : rows) {
                text.number(r.transactionId())
                        .number(r.index())
                        .number(r.kind())
                        .number(r.debitAccount())
                        .number(r.creditAccount())
                        .number(r.amount())
                        .number(r.valueDate())
                        .number(r.bookedAt())
                        .number(r.debitBalanceAfter())
                        .number(r.creditBalanceAfter())
                        .last(batchNo);
                copy.flushIfFull(text);
            }
            copy.finish(text);
        }
    }

    @Override
    public void updateBalances(Connection connection, List<AccountState> accounts) throws SQLException {
        if (accounts.isEmpty()) {
            return;
        }
        int n = accounts.size();
        long[] ids = new long[n],
                dp = new long[n],
                cp = new long[n],
                dpe = new long[n],
                cpe = new long[n],
                last = new long[n];
        for (int i = 0; i < n; i++) {
            AccountState a = accounts.get(i);
            ids[i] = a.id();
            dp[i] = a.debitsPosted();
            cp[i] = a.creditsPosted();
            dpe[i] = a.debitsPending();
            cpe[i] = a.creditsPending();
            last[i] = a.lastBookedAt();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE ledger_balances b SET debits_posted = u.dp, credits_posted = u.cp, debits_pending = u.dpe,"
                        + " credits_pending = u.cpe, last_booked_at = u.last"
                        + " FROM unnest(?, ?, ?, ?, ?, ?) AS u(id, dp, cp, dpe, cpe, last) WHERE b.account_id = u.id")) {
            bindIds(ps, 1, ids);
            bindIds(ps, 2, dp);
            bindIds(ps, 3, cp);
            bindIds(ps, 4, dpe);
            bindIds(ps, 5, cpe);
            bindIds(ps, 6, last);
            int updated = ps.executeUpdate();
            if (updated != n) {
                throw new IllegalStateException("updated " + updated + " balances of " + n);
            }
        }
    }

    /** Rows in COPY's text format. */
    private static final class CopyText {
        private final StringBuilder out;

        CopyText(int capacity) {
            out = new StringBuilder(Math.min(capacity, COPY_CHUNK * 2));
        }

        CopyText number(long value) {
            out.append(value).append('\t');
            return this;
        }

        CopyText optional(long value) {
            if (value == 0) {
                out.append("\\N\t");
            } else {
                out.append(value).append('\t');
            }
            return this;
        }

        CopyText text(String value) {
            if (value == null) {
                out.append("\\N\t");
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
            out.append('\t');
            return this;
        }

        void last(long value) {
            out.append(value).append('\n');
        }
    }

    private static final class Copy implements AutoCloseable {
        private final CopyIn in;

        Copy(Connection connection, String sql) throws SQLException {
            in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void flushIfFull(CopyText text) throws SQLException {
            if (text.out.length() >= COPY_CHUNK) {
                write(text);
            }
        }

        void finish(CopyText text) throws SQLException {
            write(text);
            in.endCopy();
        }

        private void write(CopyText text) throws SQLException {
            byte[] bytes = text.out.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            text.out.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
