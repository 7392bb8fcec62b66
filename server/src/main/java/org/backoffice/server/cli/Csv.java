package org.backoffice.server.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backoffice.reporting.RowWriter;

/**
 * CSV as RFC 4180 has it, as spreadsheets write it: fields separated by commas, quoted with
 * {@code "} when they hold a comma, a quote or a line break, a quote inside doubled. Rows are
 * numbered as a spreadsheet shows them: the header is row 1.
 */
final class Csv {
    private Csv() {}

    /** A row of the file and its number; a cell the row does not have reads as empty. */
    record Row(int number, List<String> cells) {
        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A file with a header: its rows, and each column's place by its name in lower case. */
    record Table(Map<String, Integer> columns, List<Row> rows) {
        String value(Row row, String column) {
            Integer index = columns.get(column.toLowerCase(Locale.ROOT));
            return index == null ? "" : row.cell(index).strip();
        }
    }

    /**
     * Reads a file whose header names exactly {@code columns}, in any order and any case. Blank
     * rows are skipped.
     *
     * @throws IllegalArgumentException naming the row, when the header or the quoting is wrong
     */
    static Table read(Reader in, List<String> columns) throws IOException {
        List<Row> rows = parse(in);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(
                    "is empty; its first row must be the header " + String.join(",", columns));
        }
        Map<String, Integer> found = new LinkedHashMap<>();
        List<String> header = rows.get(0).cells();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            boolean known = columns.stream().anyMatch(c -> c.equalsIgnoreCase(name));
            if (!known) {
                unknown.add(header.get(i).strip());
            } else if (found.putIfAbsent(name, i) != null) {
                throw new IllegalArgumentException("row 1: the column " + name + " is named twice");
            }
        }
        List<String> missing = columns.stream()
                .filter(c -> !found.containsKey(c.toLowerCase(Locale.ROOT)))
                .toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("row 1: the header must name the columns " + String.join(",", columns)
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)));
        }
        List<Row> data = rows.subList(1, rows.size()).stream()
                .filter(row -> !row.blank())
                .toList();
        return new Table(Map.copyOf(found), data);
    }

    static List<Row> parse(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            text.append(buffer, 0, n);
        }
        return parse(text);
    }

    /** Every row, blank ones too, so that each keeps its number. */
    static List<Row> parse(CharSequence text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quotedCell = false;
        int i = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && !quotedCell && cell.toString().isBlank()) {
                quotedCell = true;
                cell.setLength(0);
                i = quoted(text, i + 1, cell, rows.size() + 1);
            } else if (c == ',') {
                cells.add(quotedCell ? cell.toString() : cell.toString().strip());
                cell.setLength(0);
                quotedCell = false;
                i++;
            } else if (c == '\n' || c == '\r') {
                cells.add(quotedCell ? cell.toString() : cell.toString().strip());
                rows.add(new Row(rows.size() + 1, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                quotedCell = false;
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (quotedCell && !Character.isWhitespace(c)) {
                throw new IllegalArgumentException("row " + (rows.size() + 1)
                        + ": text after a closing quote; a quote inside a quoted field is written twice (\"\")");
            } else {
                if (!quotedCell) {
                    cell.append(c);
                }
                i++;
            }
        }
        if (!cells.isEmpty() || !cell.isEmpty() || quotedCell) {
            cells.add(quotedCell ? cell.toString() : cell.toString().strip());
            rows.add(new Row(rows.size() + 1, List.copyOf(cells)));
        }
        return rows;
    }

    /** Reads a quoted field's content from {@code start}, just after its opening quote; returns where it ends. */
    private static int quoted(CharSequence text, int start, StringBuilder cell, int row) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            cell.append(c);
            i++;
        }
        throw new IllegalArgumentException("row " + row + ": a quoted field is not closed");
    }

    /** One line of CSV, without its line break. */
    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append(RowWriter.csvField(cell == null ? "" : cell));
        }
        return line.toString();
    }
}
