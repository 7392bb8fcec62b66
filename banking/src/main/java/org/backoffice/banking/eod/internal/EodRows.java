package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Inserts end of day's rows many to a statement: one round trip per 64 rows instead of per row. */
final class EodRows {
    private static final int ROWS_PER_STATEMENT = 64;

    private EodRows() {}

    @FunctionalInterface
    interface Binder<T> {
        /** Binds the row's columns from {@code first} on. */
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    /** @param insert {@code INSERT INTO t (a, b) VALUES }, the rows' parentheses left to add */
    static <T> void insert(Connection c, String insert, int columns, List<T> rows, Binder<T> binder)
            throws SQLException {
        int full = rows.size() / ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement ps = c.prepareStatement(values(insert, columns, ROWS_PER_STATEMENT))) {
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
            try (PreparedStatement ps = c.prepareStatement(values(insert, columns, rest))) {
                for (int r = 0; r < rest; r++) {
                    binder.bind(ps, r * columns + 1, rows.get(full * ROWS_PER_STATEMENT + r));
                }
                ps.executeUpdate();
            }
        }
    }

    private static String values(String insert, int columns, int rows) {
        StringBuilder sql = new StringBuilder(insert.length() + rows * (columns * 2 + 3)).append(insert);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(" : ",(");
            for (int col = 0; col < columns; col++) {
                sql.append(col == 0 ? "?" : ",?");
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
