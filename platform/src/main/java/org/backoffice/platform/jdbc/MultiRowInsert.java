package org.backoffice.platform.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Inserts many rows of one table in few round trips, inside the caller's transaction: on PostgreSQL
 * by {@code COPY ... FROM STDIN} in its text format, the way its own bulk loads go; elsewhere (SQLite)
 * 64 rows to a statement. Values are text, whole numbers or null.
 */
public final class MultiRowInsert {
    private static final int ROWS_PER_STATEMENT = 64;
    private static final int COPY_CHUNK = 1 << 16;

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
            copy(c, table, columns, rows, values);
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

    private static <T> void copy(
            Connection c, String table, List<String> columns, List<T> rows, Function<T, Object[]> values)
            throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
        try {
            StringBuilder text = new StringBuilder(COPY_CHUNK + 1024);
            for (T row : rows) {
                Object[] fields = values.apply(row);
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    field(text, fields[i]);
                }
                text.append('\n');
                if (text.length() >= COPY_CHUNK) {
                    write(in, text);
                }
            }
            write(in, text);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** A value in COPY's text format: null as {@code \N}, text with its backslashes and control characters escaped. */
    private static void field(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            text.append(value);
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }

    private static void write(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
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
