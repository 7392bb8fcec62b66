package org.backoffice.platform.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts many rows of one table in few round trips, inside the caller's transaction: on PostgreSQL as
 * one JDBC batch of one-row inserts (which its driver sends together), elsewhere (SQLite) 64 rows to a
 * statement.
 */
public final class MultiRowInsert {
    private static final int ROWS_PER_STATEMENT = 64;

    private MultiRowInsert() {}

    /**
     * @param columns the table's columns the rows fill, in the order {@code values} gives them
     * @param values a row's values, one per column
     */
    public static <T> void insert(
            Connection c, String table, List<String> columns, List<T> rows, Function<T, Object[]> values)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        int width = columns.size();
        if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (PreparedStatement ps = c.prepareStatement(values(insert, width, 1))) {
                for (T row : rows) {
                    bind(ps, 1, values.apply(row));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return;
        }
        int full = rows.size() / ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement ps = c.prepareStatement(values(insert, width, ROWS_PER_STATEMENT))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    bindRows(
                            ps,
                            width,
                            rows.subList(chunk * ROWS_PER_STATEMENT, (chunk + 1) * ROWS_PER_STATEMENT),
                            values);
                    ps.executeUpdate();
                }
            }
        }
        List<T> rest = rows.subList(full * ROWS_PER_STATEMENT, rows.size());
        if (!rest.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(values(insert, width, rest.size()))) {
                bindRows(ps, width, rest, values);
                ps.executeUpdate();
            }
        }
    }

    private static <T> void bindRows(PreparedStatement ps, int width, List<T> rows, Function<T, Object[]> values)
            throws SQLException {
        for (int r = 0; r < rows.size(); r++) {
            bind(ps, r * width + 1, values.apply(rows.get(r)));
        }
    }

    private static void bind(PreparedStatement ps, int first, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            ps.setObject(first + i, row[i]);
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
