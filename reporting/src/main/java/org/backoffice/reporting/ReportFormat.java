package org.backoffice.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.backoffice.reporting.internal.CsvRows;
import org.backoffice.reporting.internal.TablePdf;
import org.backoffice.reporting.internal.XlsxRows;

/** The file formats a {@link ReportTable} is written in. */
public enum ReportFormat {
    /** RFC 4180, UTF-8, CRLF: the header, the rows, then the total rows; no title. */
    CSV("text/csv; charset=UTF-8"),
    /** One sheet: title and subtitle lines, the header (frozen), rows and bold total rows. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** A4, landscape when the table is wide; the header repeats on every page. */
    PDF("application/pdf");

    private final String contentType;

    ReportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A format by its extension, in any case ({@code csv}, {@code XLSX}). */
    public static ReportFormat parse(String name, String text) {
        if (text != null) {
            for (ReportFormat format : values()) {
                if (format.extension().equalsIgnoreCase(text)) {
                    return format;
                }
            }
        }
        String shown = text == null ? "nothing" : "'" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'";
        throw new IllegalArgumentException(name + ": must be csv, xlsx or pdf, was " + shown);
    }

    /** Writes the table; the stream is flushed, not closed. */
    public void write(ReportTable table, OutputStream out) throws IOException {
        switch (this) {
            case CSV -> {
                try (CsvRows csv = new CsvRows(out)) {
                    csv.header(table.columnNames());
                    for (var row : table.rows()) {
                        csv.row(row);
                    }
                    for (var row : table.totals()) {
                        csv.row(row);
                    }
                }
            }
            case XLSX -> {
                try (XlsxRows xlsx = new XlsxRows(out, sheetName(table.title()))) {
                    xlsx.emphasised(java.util.List.of(table.title()));
                    for (String line : table.subtitle()) {
                        xlsx.row(java.util.List.of(line));
                    }
                    xlsx.header(table.columnNames());
                    for (var row : table.rows()) {
                        xlsx.row(row);
                    }
                    for (var row : table.totals()) {
                        xlsx.emphasised(row);
                    }
                }
            }
            case PDF -> TablePdf.write(table, out);
        }
    }

    /** A sheet name: at most 31 characters, none of {@code []:*?/\}. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
