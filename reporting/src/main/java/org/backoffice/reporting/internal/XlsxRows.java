package org.backoffice.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.backoffice.platform.amount.Amount;
import org.backoffice.reporting.RowWriter;

/**
 * XLSX through POI's streaming workbook, so a long export keeps only a window of rows in memory.
 * Amounts are numeric cells formatted with their decimal places; XLSX numbers are binary floating
 * point, exact to 15 significant digits, so a longer amount is written as text. Column widths come
 * from the text lengths: measuring text would need the machine's fonts.
 */
public final class XlsxRows implements RowWriter {
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_WIDTH = 60;
    private static final long EXACT_LONG = 1L << 53;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final Font bold;
    private final CellStyle boldText;
    private final CellStyle dateStyle;
    private final CellStyle instantStyle;
    private final Map<String, CellStyle> amountStyles = new HashMap<>();
    private final List<Integer> widths = new ArrayList<>();
    private int next;

    public XlsxRows(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        bold = workbook.createFont();
        bold.setBold(true);
        boldText = workbook.createCellStyle();
        boldText.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        instantStyle = workbook.createCellStyle();
        instantStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    }

    /** The column names in bold; the rows above them and they stay in view when scrolling. */
    @Override
    public void header(List<String> names) {
        Row row = newRow();
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(boldText);
            width(i, names.get(i).length());
        }
        sheet.createFreezePane(0, next);
    }

    @Override
    public void row(List<?> cells) {
        write(cells, false);
    }

    /** A row in bold: a title, a total. A title's text does not widen its column. */
    public void emphasised(List<?> cells) {
        write(cells, true);
    }

    private void write(List<?> cells, boolean emphasised) {
        Row row = newRow();
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (value) {
                case Amount amount -> amount(cell, amount.decimal(), emphasised);
                case BigDecimal amount -> amount(cell, amount, emphasised);
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
            if (emphasised && !(value instanceof BigDecimal || value instanceof Amount)) {
                cell.setCellStyle(boldText);
            }
            if (cells.size() > 1) {
                width(
                        i,
                        value instanceof Instant
                                ? 19
                                : value instanceof Amount amount
                                        ? amount.display().length()
                                        : value.toString().length());
            }
        }
    }

    private void amount(Cell cell, BigDecimal amount, boolean emphasised) {
        if (amount.precision() > 15) {
            cell.setCellValue(amount.toPlainString());
            return;
        }
        cell.setCellValue(amount.doubleValue());
        int scale = Math.max(0, amount.scale());
        cell.setCellStyle(amountStyles.computeIfAbsent(scale + (emphasised ? "b" : ""), key -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(
                    workbook.createDataFormat().getFormat("#,##0" + (scale == 0 ? "" : "." + "0".repeat(scale))));
            style.setAlignment(HorizontalAlignment.RIGHT);
            if (emphasised) {
                style.setFont(bold);
            }
            return style;
        }));
    }

    private Row newRow() {
        if (next >= MAX_ROWS) {
            throw new IllegalStateException("an XLSX sheet holds at most " + MAX_ROWS + " rows");
        }
        return sheet.createRow(next++);
    }

    private void width(int column, int characters) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        widths.set(column, Math.max(widths.get(column), Math.min(MAX_WIDTH, characters)));
    }

    /** Writes the workbook to the stream and frees its temporary file. */
    @Override
    public void close() throws IOException {
        try {
            for (int i = 0; i < widths.size(); i++) {
                sheet.setColumnWidth(i, (widths.get(i) + 2) * 256);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
