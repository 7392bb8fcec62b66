package org.backoffice.server.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.backoffice.platform.document.Document;
import org.backoffice.server.web.Money;

/** The documents list as a file: CSV (RFC 4180) or an XLSX sheet with numeric amounts and real dates. */
final class DocumentExport {
    static final List<String> COLUMNS = List.of(
            "Number", "Type", "Status", "Branch", "Date", "Asset", "Amount", "Maker", "Approver", "Narrative", "Id");

    private DocumentExport() {}

    /** Writes rows as they come; nothing is held in memory. */
    static final class Csv implements AutoCloseable {
        private final Writer out;
        private final Money money;

        Csv(OutputStream stream, Money money) {
            this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            this.money = money;
            line(COLUMNS);
        }

        void write(Document d) {
            line(List.of(
                    text(d.number()),
                    text(d.type()),
                    d.status().name(),
                    text(d.branch()),
                    d.date().toString(),
                    text(d.asset()),
                    money.text(d.amount(), d.asset()),
                    text(d.maker()),
                    text(d.approver()),
                    text(DocumentRow.narrative(d)),
                    d.id().toString()));
        }

        private void line(List<String> fields) {
            try {
                for (int i = 0; i < fields.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(quoted(fields.get(i)));
                }
                out.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Text a spreadsheet would take for a formula starts with an apostrophe instead. */
        private static String text(String value) {
            if (value == null) {
                return "";
            }
            if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
                return "'" + value;
            }
            return value;
        }

        private static String quoted(String field) {
            if (field.indexOf(',') < 0
                    && field.indexOf('"') < 0
                    && field.indexOf('\n') < 0
                    && field.indexOf('\r') < 0) {
                return field;
            }
            return '"' + field.replace("\"", "\"\"") + '"';
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * Keeps a window of rows in memory and the rest in a temporary file until {@link #finish}. Columns have fixed
     * widths: measuring text would need the machine's fonts.
     */
    static final class Xlsx implements AutoCloseable {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final Sheet sheet;
        private final Money money;
        private final CellStyle dateStyle;
        private final Map<Integer, CellStyle> amountStyles = new HashMap<>();
        private int next;

        Xlsx(Money money) {
            this.money = money;
            this.sheet = workbook.createSheet("Documents");
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            Row header = sheet.createRow(next++);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(COLUMNS.get(i));
                cell.setCellStyle(heading);
            }
            sheet.createFreezePane(0, 1);
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            int[] widths = {22, 16, 11, 8, 12, 7, 16, 16, 16, 48, 20};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
        }

        void write(Document d) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(d.number() == null ? "" : d.number());
            row.createCell(1).setCellValue(d.type());
            row.createCell(2).setCellValue(d.status().name());
            row.createCell(3).setCellValue(d.branch());
            Cell date = row.createCell(4);
            date.setCellValue(d.date());
            date.setCellStyle(dateStyle);
            row.createCell(5).setCellValue(d.asset());
            Cell amount = row.createCell(6);
            amount.setCellValue(money.decimal(d.amount(), d.asset()).doubleValue());
            amount.setCellStyle(amountStyle(money.scale(d.asset())));
            row.createCell(7).setCellValue(d.maker());
            row.createCell(8).setCellValue(d.approver() == null ? "" : d.approver());
            row.createCell(9).setCellValue(DocumentRow.narrative(d));
            row.createCell(10).setCellValue(d.id().toString());
        }

        private CellStyle amountStyle(int scale) {
            return amountStyles.computeIfAbsent(scale, s -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(s == 0 ? "#,##0" : "#,##0." + "0".repeat(s)));
                return style;
            });
        }

        void finish(OutputStream out) throws IOException {
            workbook.write(out);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
