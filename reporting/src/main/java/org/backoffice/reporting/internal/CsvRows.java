package org.backoffice.reporting.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.backoffice.platform.amount.Amount;
import org.backoffice.reporting.RowWriter;

/** UTF-8 CSV with CRLF line ends, as RFC 4180 and spreadsheets expect. */
public final class CsvRows implements RowWriter {
    private final BufferedWriter out;

    public CsvRows(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    @Override
    public void header(List<String> names) throws IOException {
        line(names);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        line(cells.stream().map(CsvRows::text).toList());
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i) == null ? "" : cells.get(i)));
        }
        out.write("\r\n");
    }

    public static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case Amount amount -> amount.plain();
            case BigDecimal decimal -> decimal.toPlainString();
            case Instant instant -> DateTimeFormatter.ISO_INSTANT.format(instant);
            case String text -> inert(text);
            default -> cell.toString();
        };
    }

    /**
     * Text a spreadsheet would take for a formula ({@code =HYPERLINK(...)} in a narrative) gets a
     * leading apostrophe, so opening the file cannot run it.
     */
    public static String inert(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** Quoted when a field holds a separator, a quote, a line break or leading or trailing blanks. */
    public static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0
                || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0
                || (!cell.isEmpty()
                        && (Character.isWhitespace(cell.charAt(0))
                                || Character.isWhitespace(cell.charAt(cell.length() - 1))));
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
