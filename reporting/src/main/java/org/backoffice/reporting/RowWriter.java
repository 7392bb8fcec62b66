package org.backoffice.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.backoffice.reporting.internal.CsvRows;
import org.backoffice.reporting.internal.XlsxRows;

/**
 * Rows written as they come, for exports too long to hold as a {@link ReportTable}: CSV, or XLSX
 * through a streaming workbook that keeps a window of rows in memory. Cells are as in a {@link
 * ReportTable}. {@link #close()} finishes the file; the stream is flushed, not closed.
 */
public interface RowWriter extends AutoCloseable {
    void header(List<String> names) throws IOException;

    /**
     * @throws IllegalStateException when an XLSX sheet is full (1,048,576 rows)
     */
    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * UTF-8 CSV with CRLF line ends (RFC 4180). Text a spreadsheet would take for a formula gets a
     * leading apostrophe, so opening the file cannot run it.
     */
    static RowWriter csv(OutputStream out) {
        return new CsvRows(out);
    }

    /** A cell as CSV writes it, before quoting: text that a spreadsheet would run made inert. */
    static String csvText(Object cell) {
        return CsvRows.text(cell);
    }

    /** A CSV field, quoted when it holds a separator, a quote, a line break or leading or trailing blanks. */
    static String csvField(String text) {
        return CsvRows.quote(text);
    }

    /**
     * One XLSX sheet: amounts are numeric cells with their decimal places (as text beyond 15
     * significant digits, which a spreadsheet's numbers cannot hold), dates are dates.
     */
    static RowWriter xlsx(OutputStream out, String sheet) {
        return new XlsxRows(out, sheet);
    }
}
