package org.backoffice.server.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backoffice.platform.amount.Amount;
import org.backoffice.reporting.ReportTable;

/**
 * A report's table as a page shows it: each cell text, numbers marked so that they align right, amounts with
 * thousands separators and the decimals they were given.
 */
public record ReportView(
        String title,
        List<String> subtitle,
        List<ReportTable.Column> columns,
        List<List<Cell>> rows,
        List<List<Cell>> totals) {

    /** A cell as the page shows it. */
    public record Cell(String text, boolean number) {
        public static Cell of(Object value) {
            if (value instanceof Amount amount) {
                return new Cell(amount.display(), true);
            }
            if (value instanceof BigDecimal amount) {
                return new Cell(String.format(Locale.ROOT, "%,." + Math.max(0, amount.scale()) + "f", amount), true);
            }
            return new Cell(value == null ? "" : value.toString(), value instanceof Number);
        }
    }

    public static ReportView of(ReportTable table) {
        return new ReportView(
                table.title(), table.subtitle(), table.columns(), cells(table.rows()), cells(table.totals()));
    }

    public static List<List<Cell>> cells(List<List<Object>> rows) {
        List<List<Cell>> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            out.add(row.stream().map(Cell::of).toList());
        }
        return out;
    }
}
