package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts end of day's rows in few statements: on PostgreSQL one statement per table and call, each
 * column bound as an array and unnested; elsewhere (SQLite) 64 rows to a statement.
 */
final class EodRows {
    private static final int ROWS_PER_STATEMENT = 64;

    private EodRows() {}

    /** @param type the column's SQL type for an array of its values: {@code bigint}, {@code varchar} or {@code integer} */
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
            unnest(c, insert, columns, rows, values);
        } else {
            batched(c, insert.append(" VALUES ").toString(), columns.size(), rows, values);
        }
    }

    private static <T> void unnest(
            Connection c, StringBuilder insert, List<Column> columns, List<T> rows, Function<T, Object[]> values)
            throws SQLException {
        insert.append(" SELECT * FROM unnest(");
        Object[][] arrays = new Object[columns.size()][];
        for (int i = 0; i < columns.size(); i++) {
            insert.append(i == 0 ? "?::" : ", ?::")
                    .append(columns.get(i).type())
                    .append("[]");
            arrays[i] = switch (columns.get(i).type()) {
                case "bigint" -> new Long[rows.size()];
                case "integer" -> new Integer[rows.size()];
                default -> new String[rows.size()];
            };
        }
        insert.append(")");
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = values.apply(rows.get(r));
            for (int i = 0; i < row.length; i++) {
                arrays[i][r] = row[i];
            }
        }
        try (PreparedStatement ps = c.prepareStatement(insert.toString())) {
            for (int i = 0; i < columns.size(); i++) {
                ps.setArray(i + 1, c.createArrayOf(columns.get(i).type(), arrays[i]));
            }
            ps.executeUpdate();
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
