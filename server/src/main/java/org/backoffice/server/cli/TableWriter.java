package org.backoffice.server.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Rows of an export, written as CSV or XLSX. A cell is text, a whole number, an amount (a {@link
 * BigDecimal} with the asset's decimal places), a date or an instant, or null for an empty cell.
 */
interface TableWriter extends AutoCloseable {
    enum Format {
        CSV,
        XLSX;

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    void header(List<String> names) throws IOException;

    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;

    static TableWriter open(Format format, Path file, String sheet) throws IOException {
        return format == Format.CSV ? new CsvWriter(file) : new XlsxWriter(file, sheet);
    }

    /** UTF-8 CSV with CRLF line ends, as RFC 4180 and spreadsheets expect. */
    final class CsvWriter implements TableWriter {
        private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;
        private final BufferedWriter out;

        CsvWriter(Path file) throws IOException {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        @Override
        public void header(List<String> names) throws IOException {
            write(names);
        }

        @Override
        public void row(List<?> cells) throws IOException {
            List<String> text = new ArrayList<>(cells.size());
            for (Object cell : cells) {
                text.add(text(cell));
            }
            write(text);
        }

        private void write(List<String> cells) throws IOException {
            out.write(Csv.line(cells));
            out.write("\r\n");
        }

        static String text(Object cell) {
            return switch (cell) {
                case null -> "";
                case BigDecimal amount -> amount.toPlainString();
                case Instant instant -> INSTANT.format(instant);
                case String text -> inert(text);
                default -> cell.toString();
            };
        }

        /**
         * Text a spreadsheet would take for a formula ({@code =HYPERLINK(...)} in a narrative) gets a
         * leading apostrophe, so opening the export cannot run it.
         */
        static String inert(String text) {
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                return "'" + text;
            }
            return text;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /**
     * XLSX through POI's streaming workbook, so a long export keeps only a window of rows in memory.
     * Amounts are numeric cells formatted with their decimal places; XLSX numbers are binary
     * floating point, exact to 15 significant digits, so a longer amount is written as text.
     */
    final class XlsxWriter implements TableWriter {
        private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
        private static final int MAX_WIDTH = 60;
        private static final long EXACT_LONG = 1L << 53;

        private final Path file;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final SXSSFSheet sheet;
        private final CellStyle headerStyle;
        private final CellStyle dateStyle;
        private final CellStyle instantStyle;
        private final Map<Integer, CellStyle> amountStyles = new HashMap<>();
        private final List<Integer> widths = new ArrayList<>();
        private int next;

        XlsxWriter(Path file, String sheetName) {
            this.file = file;
            this.sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            instantStyle = workbook.createCellStyle();
            instantStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }

        @Override
        public void header(List<String> names) {
            Row row = newRow();
            for (int i = 0; i < names.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(names.get(i));
                cell.setCellStyle(headerStyle);
                width(i, names.get(i).length());
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        public void row(List<?> cells) {
            Row row = newRow();
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                switch (value) {
                    case BigDecimal amount -> amount(cell, amount);
                    case Long number when Math.abs(number) < EXACT_LONG -> cell.setCellValue(number);
                    case Integer number -> cell.setCellValue(number);
                    case LocalDate date -> {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    }
                    case Instant instant -> {
                        cell.setCellValue(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
                        cell.setCellStyle(instantStyle);
                    }
                    default -> cell.setCellValue(value.toString());
                }
                width(i, value instanceof Instant ? 19 : value.toString().length());
            }
        }

        private void amount(Cell cell, BigDecimal amount) {
            if (amount.precision() > 15) {
                cell.setCellValue(amount.toPlainString());
                return;
            }
            cell.setCellValue(amount.doubleValue());
            int scale = Math.max(0, amount.scale());
            cell.setCellStyle(amountStyles.computeIfAbsent(scale, s -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(
                        workbook.createDataFormat().getFormat("#,##0" + (s == 0 ? "" : "." + "0".repeat(s))));
                return style;
            }));
        }

        private Row newRow() {
            if (next >= MAX_ROWS) {
                throw CliError.failed(
                        "--format", "an XLSX sheet holds at most " + MAX_ROWS + " rows; export as csv instead");
            }
            return sheet.createRow(next++);
        }

        private void width(int column, int characters) {
            while (widths.size() <= column) {
                widths.add(0);
            }
            widths.set(column, Math.max(widths.get(column), Math.min(MAX_WIDTH, characters)));
        }

        @Override
        public void close() throws IOException {
            try {
                for (int i = 0; i < widths.size(); i++) {
                    sheet.setColumnWidth(i, (widths.get(i) + 2) * 256);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            } finally {
                workbook.close();
            }
        }
    }
}
