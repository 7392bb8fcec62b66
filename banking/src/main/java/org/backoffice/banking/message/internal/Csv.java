package org.backoffice.banking.message.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records: comma-separated, double-quoted where needed, CRLF line ends on writing. */
public final class Csv {
    public static final String LINE_END = "\r\n";

    /**
     * One record of a file.
     *
     * @param line the 1-based line it starts on; a quoted field may carry it over several lines
     * @param error why the record could not be split into fields, null when it could
     */
    public record Row(int line, List<String> fields, String error) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    private Csv() {}

    /** Blank lines are skipped; a syntax error ends its record and reading goes on at the next line. */
    public static List<Row> parse(String text) {
        Cursor cursor = new Cursor(text);
        List<Row> rows = new ArrayList<>();
        Row row;
        while ((row = cursor.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    /** Reads a text record by record, so that a large file need not be held as rows all at once. */
    public static final class Cursor {
        private final String input;
        private int pos;
        private int line = 1;

        public Cursor(String text) {
            this.input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        /** The next record that is not blank, or null at the end of the text. */
        public Row next() {
            while (pos < input.length()) {
                Row row = record();
                if (row != null) {
                    return row;
                }
            }
            return null;
        }

        private Row record() {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            String error = null;
            boolean quoted = false;
            boolean afterQuote = false;
            boolean recordDone = false;
            while (pos < input.length() && !recordDone) {
                char c = input.charAt(pos++);
                if (quoted) {
                    if (c == '"' && pos < input.length() && input.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                    } else if (c == '"') {
                        quoted = false;
                        afterQuote = true;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && pos < input.length() && input.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    recordDone = true;
                } else if (error != null) {
                    continue;
                } else if (afterQuote) {
                    error = "text after a closing quote";
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == '"') {
                    error = "a quote inside an unquoted field";
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                error = "a quoted field is not closed before the end of the file";
            }
            fields.add(field.toString());
            boolean blank = fields.size() == 1 && fields.getFirst().isEmpty() && !afterQuote;
            if (error != null) {
                return new Row(start, List.of(), error);
            }
            return blank ? null : new Row(start, fields, null);
        }
    }

    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        return out.append(LINE_END).toString();
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
