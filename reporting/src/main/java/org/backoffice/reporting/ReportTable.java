package org.backoffice.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.amount.Amount;

/**
 * A report as a table, for any of the {@linkplain ReportFormat formats}: a title, lines under it
 * (the period, the branch), columns, rows and total rows. A cell is text, an {@link Amount} (written
 * with its asset's decimal places), another decimal (a {@link BigDecimal}: a rate, a price), a whole
 * number, a date, an instant, or null for an empty cell.
 */
public record ReportTable(
        String title, List<String> subtitle, List<Column> columns, List<List<Object>> rows, List<List<Object>> totals) {

    public enum Align {
        LEFT,
        RIGHT
    }

    public record Column(String name, Align align) {
        public Column {
            if (name == null || align == null) {
                throw new IllegalArgumentException("name, align: must be given");
            }
        }

        public static Column text(String name) {
            return new Column(name, Align.LEFT);
        }

        public static Column amount(String name) {
            return new Column(name, Align.RIGHT);
        }
    }

    public ReportTable {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title: must be given");
        }
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("columns: at least one");
        }
        subtitle = List.copyOf(subtitle);
        columns = List.copyOf(columns);
        rows = copy("rows", rows, columns.size());
        totals = copy("totals", totals, columns.size());
    }

    private static List<List<Object>> copy(String name, List<List<Object>> rows, int width) {
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (row.size() != width) {
                throw new IllegalArgumentException(
                        name + "[" + i + "]: has " + row.size() + " cells for " + width + " columns");
            }
            for (Object cell : row) {
                if (cell != null
                        && !(cell instanceof String
                                || cell instanceof Amount
                                || cell instanceof BigDecimal
                                || cell instanceof Long
                                || cell instanceof Integer
                                || cell instanceof LocalDate
                                || cell instanceof Instant)) {
                    throw new IllegalArgumentException(name + "[" + i + "]: a cell may not be a "
                            + cell.getClass().getSimpleName());
                }
            }
        }
        // Rows may hold nulls, so List.copyOf (which refuses them) does not do.
        return rows.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
