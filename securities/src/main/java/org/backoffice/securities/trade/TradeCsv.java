package org.backoffice.securities.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backoffice.platform.security.Actor;

/**
 * Trades from a CSV file (RFC 4180, a header naming the columns in any order). A row that cannot be
 * read as a trade (a quantity that is not a whole number, a date that is not a date) is refused with
 * its row and field, "row 3: quantity: must be a whole number"; the rest go to the book, which checks
 * them as it checks every capture. Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
public final class TradeCsv {
    public static final List<String> COLUMNS = List.of(
            "trade_ref",
            "side",
            "isin",
            "quantity",
            "price",
            "currency",
            "trade_date",
            "settlement_date",
            "depo_account",
            "counterparty",
            "market",
            "delivery");
    /** Beyond this a file is split; one capture is one database transaction. */
    public static final int MAX_ROWS = 10_000;

    private TradeCsv() {}

    /** A row read as a trade, with its row number in the file. */
    public record Row(int row, NewTrade trade) {}

    /** A row, or the whole file (row 1), that could not be read. */
    public record RowError(int row, String field, String message) {
        public String text() {
            return "row " + row + ": " + (field == null ? "" : field + ": ") + message;
        }
    }

    /** What the file held: the trades read and the rows refused before the book saw them. */
    public record Parsed(List<Row> rows, List<RowError> errors) {
        public Parsed {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }
    }

    /** One row's fate in a load: refused here, or what the book made of it. */
    public record Line(int row, String tradeRef, CaptureOutcome.Kind kind, Long tradeId, List<String> errors) {
        public Line {
            errors = List.copyOf(errors);
        }
    }

    /** A load's result row by row, with the counts a person checks first. */
    public record Loaded(List<Line> lines) {
        public Loaded {
            lines = List.copyOf(lines);
        }

        public long count(CaptureOutcome.Kind kind) {
            return lines.stream().filter(l -> l.kind() == kind).count();
        }

        public String summary() {
            return "loaded " + count(CaptureOutcome.Kind.CAPTURED) + ", repair " + count(CaptureOutcome.Kind.REPAIR)
                    + ", duplicate " + count(CaptureOutcome.Kind.DUPLICATE) + ", refused "
                    + count(CaptureOutcome.Kind.REFUSED);
        }
    }

    /** Reads the text of a file; never throws on bad content, every problem is a {@link RowError}. */
    public static Parsed parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<List<String>> records;
        try {
            records = records(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(1, "file", e.getMessage()));
            return new Parsed(rows, errors);
        }
        if (records.isEmpty()) {
            errors.add(new RowError(1, "file", "is empty; the header is " + String.join(",", COLUMNS)));
            return new Parsed(rows, errors);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (index.putIfAbsent(name, i) != null) {
                errors.add(new RowError(1, name, "column appears twice"));
            }
        }
        List<String> missing =
                COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(new RowError(
                    1,
                    "header",
                    "lacks " + String.join(", ", missing) + "; the header is " + String.join(",", COLUMNS)));
        }
        if (!errors.isEmpty()) {
            return new Parsed(rows, errors);
        }
        if (records.size() - 1 > MAX_ROWS) {
            errors.add(new RowError(1, "file", "has " + (records.size() - 1) + " rows; at most " + MAX_ROWS));
            return new Parsed(rows, errors);
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNumber = r + 1;
            List<RowError> found = new ArrayList<>();
            Fields f = new Fields(record, index, rowNumber, found);
            NewTrade trade = new NewTrade(
                    f.text("trade_ref"),
                    f.side(),
                    f.upper("isin"),
                    f.quantity(),
                    f.decimal("price"),
                    f.upper("currency"),
                    f.date("trade_date"),
                    f.date("settlement_date"),
                    f.upper("depo_account"),
                    f.upper("counterparty"),
                    f.upper("market"),
                    f.delivery());
            if (found.isEmpty()) {
                rows.add(new Row(rowNumber, trade));
            } else {
                errors.addAll(found);
            }
        }
        return new Parsed(rows, errors);
    }

    /**
     * Reads the file and captures what it could read in one go; the same file loaded again finds its
     * trades in the book as duplicates.
     */
    public static Loaded load(TradeBook book, Actor actor, String text) {
        Parsed parsed = parse(text);
        List<Line> lines = new ArrayList<>();
        for (RowError error : parsed.errors()) {
            lines.add(new Line(error.row(), null, CaptureOutcome.Kind.REFUSED, null, List.of(error.text())));
        }
        if (!parsed.rows().isEmpty()) {
            List<CaptureOutcome> outcomes = book.captureAll(
                    actor,
                    TradeSource.CSV,
                    parsed.rows().stream().map(Row::trade).toList());
            for (int i = 0; i < outcomes.size(); i++) {
                CaptureOutcome outcome = outcomes.get(i);
                int row = parsed.rows().get(i).row();
                lines.add(new Line(
                        row,
                        outcome.tradeRef(),
                        outcome.kind(),
                        outcome.trade() == null ? null : outcome.trade().id(),
                        outcome.errors().stream()
                                .map(e -> "row " + row + ": " + e.field() + ": " + e.message())
                                .toList()));
            }
        }
        lines.sort(java.util.Comparator.comparingInt(Line::row));
        return new Loaded(lines);
    }

    /** The cells of one row, each read with its rule; a broken rule is noted, not thrown. */
    private record Fields(List<String> record, Map<String, Integer> index, int row, List<RowError> errors) {
        String text(String column) {
            Integer at = index.get(column);
            if (at == null || at >= record.size()) {
                return null;
            }
            String value = record.get(at).strip();
            return value.isEmpty() ? null : value;
        }

        String upper(String column) {
            String value = text(column);
            return value == null ? null : value.toUpperCase(Locale.ROOT);
        }

        Side side() {
            String value = upper("side");
            if (value == null) {
                errors.add(new RowError(row, "side", "must be BUY or SELL"));
                return null;
            }
            try {
                return Side.valueOf(value);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row, "side", "must be BUY or SELL, was '" + value + "'"));
                return null;
            }
        }

        Delivery delivery() {
            String value = upper("delivery");
            if (value == null) {
                return Delivery.DVP;
            }
            try {
                return Delivery.valueOf(value);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row, "delivery", "must be DVP or FOP, was '" + value + "'"));
                return null;
            }
        }

        long quantity() {
            String value = text("quantity");
            if (value == null || !value.matches("\\d{1,18}")) {
                errors.add(new RowError(row, "quantity", "must be a whole number"));
                return 0;
            }
            return Long.parseLong(value);
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (!value.matches("\\d{1,15}(\\.\\d{1,12})?")) {
                errors.add(new RowError(row, column, "must be a decimal such as 101.25, was '" + value + "'"));
                return null;
            }
            return new BigDecimal(value);
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new RowError(row, column, "must be a date as yyyy-mm-dd, was '" + value + "'"));
                return null;
            }
        }
    }

    /** RFC 4180 records: fields split by commas, quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {}
                case '\n' -> {
                    // A blank line is kept as a blank record, so rows keep the numbers a spreadsheet shows.
                    record.add(field.toString());
                    records.add(record);
                    record = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                }
                default -> {
                    field.append(ch);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
