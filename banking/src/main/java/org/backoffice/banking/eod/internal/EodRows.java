package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts end of day's rows in few round trips: on PostgreSQL as one JDBC batch of one-row inserts
 * (which its driver sends together), elsewhere (SQLite) 64 rows to a statement.
 */
final class EodRows {
    private static final int ROWS_PER_STATEMENT = 64;

    private EodRows() {}

    /** @param type the column's SQL type: {@code bigint}, {@code varchar} or {@code integer} */
    record Column(String name, String type) {}

    static <T> void insert(Connection c, String table, List<Column> columns, List<T> rows, Function<T, Object[]> values)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(table).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            insert.append(i == 0 ? "" : ", ").append(columns.get(i).name());
        }
        insert.append(")");
        if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (PreparedStatement ps =
                    c.prepareStatement(values(insert.append(" VALUES ").toString(), columns.size(), 1))) {
                for (T row : rows) {
                    bind(ps, 1, values.apply(row));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } else {
            batched(c, insert.append(" VALUES ").toString(), columns.size(), rows, values);
        }
    }

    private static <T> void batched(
            Connection c, String insert, int columns, List<T> rows, Function<T, Object[]> values) throws SQLException {
        int full = rows.size() / ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement ps = c.prepareStatement(values(insert, columns, ROWS_PER_STATEMENT))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    for (int r = 0; r < ROWS_PER_STATEMENT; r++) {
                        bind(ps, r * columns + 1, values.apply(rows.get(chunk * ROWS_PER_STATEMENT + r)));
                    }
                    ps.executeUpdate();
                }
            }
        }
        int rest = rows.size() - full * ROWS_PER_STATEMENT;
        if (rest > 0) {
            try (PreparedStatement ps = c.prepareStatement(values(insert, columns, rest))) {
                for (int r = 0; r < rest; r++) {
                    bind(ps, r * columns + 1, values.apply(rows.get(full * ROWS_PER_STATEMENT + r)));
                }
                ps.executeUpdate();
            }
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
