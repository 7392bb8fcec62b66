package org.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ExportsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);

    private static ReportTable table(int rows) {
        List<List<Object>> lines = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            lines.add(Arrays.asList(
                    "HO-" + i,
                    i == 1 ? "=HYPERLINK(\"x\")" : "Cash, \"petty\"",
                    DAY,
                    BigDecimal.valueOf(i * 100 + 5, 2)));
        }
        long total = (long) rows * (rows + 1) / 2 * 100 + 5L * rows;
        return new ReportTable(
                "Cash report",
                List.of("Branch HO", "Value dates 2026-03-01 to 2026-03-16"),
                List.of(
                        ReportTable.Column.text("Account"),
                        ReportTable.Column.text("Name"),
                        ReportTable.Column.text("Date"),
                        ReportTable.Column.amount("Amount")),
                lines,
                List.of(Arrays.asList("Total", null, null, BigDecimal.valueOf(total, 2))));
    }

    private static byte[] write(ReportFormat format, ReportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(table, out);
        return out.toByteArray();
    }

    @Test
    void csvHasTheHeaderTheRowsAndTheTotalsQuotedAndInert() throws IOException {
        String csv = new String(write(ReportFormat.CSV, table(2)), StandardCharsets.UTF_8);

        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "Account,Name,Date,Amount",
                        "HO-1,\"'=HYPERLINK(\"\"x\"\")\",2026-03-16,1.05",
                        "HO-2,\"Cash, \"\"petty\"\"\",2026-03-16,2.05",
                        "Total,,,3.10");
    }

    @Test
    void xlsxReadsBackWithNumbersDatesAndTheTitle() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(ReportFormat.XLSX, table(3))))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Cash report");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cash report");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Value dates 2026-03-01 to 2026-03-16");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Amount");
            assertThat(sheet.getRow(4).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(DAY);
            assertThat(sheet.getRow(6).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(3.05);
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(sheet.getRow(7).getCell(3).getNumericCellValue()).isEqualTo(6.15);
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    void aLongTableRunsOverSeveralPdfPagesWithItsRowsAndTotal() throws IOException {
        byte[] pdf = write(ReportFormat.PDF, table(150));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            assertThat(text.getTextFromPage(1)).contains("Cash report", "Branch HO", "HO-1", "1.05");
            String last = text.getTextFromPage(reader.getNumberOfPages());
            assertThat(last).contains("HO-150", "Total", "11,332.50", "Amount");
        } finally {
            reader.close();
        }
    }

    @Test
    void anAccountStatementPdfHasTheHeaderLinesTheMovementsAndBothBalances() throws IOException {
        List<AccountStatement.Line> lines = new ArrayList<>();
        BigDecimal balance = new BigDecimal("1000.00");
        for (int i = 1; i <= 80; i++) {
            BigDecimal amount = BigDecimal.valueOf(i * 1000L, 2);
            boolean credit = i % 2 == 0;
            balance = credit ? balance.add(amount) : balance.subtract(amount);
            lines.add(new AccountStatement.Line(
                    DAY.minusDays(80 - i),
                    "PO-" + i,
                    "Payment " + i,
                    credit ? null : amount,
                    credit ? amount : null,
                    balance));
        }
        AccountStatement statement = new AccountStatement(
                List.of("Demo Bank plc", "Account holder: Jane Doe", "Account HO-2010-USD-001"),
                "USD",
                Period.of(DAY.minusDays(79), DAY),
                new BigDecimal("1000.00"),
                lines,
                balance);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountStatementPdf.write(statement, out);

        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            assertThat(text.getTextFromPage(1))
                    .contains("Demo Bank plc", "Jane Doe", "HO-2010-USD-001", "Opening balance", "1,000.00", "PO-1");
            assertThat(text.getTextFromPage(reader.getNumberOfPages()))
                    .contains("PO-80", "Closing balance", "1,400.00", "Turnover", "16,000.00", "16,400.00");
        } finally {
            reader.close();
        }
        assertThat(balance).isEqualByComparingTo("1400.00");
    }

    @Test
    void aRowOfTheWrongWidthOrAnUnknownFormatIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportTable(
                        "t", List.of(), List.of(ReportTable.Column.text("a")), List.of(List.of("x", "y")), List.of()))
                .withMessageStartingWith("rows[0]:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportFormat.parse("format", "docx"))
                .withMessage("format: must be csv, xlsx or pdf, was 'docx'");
        assertThat(ReportFormat.parse("format", "PDF")).isEqualTo(ReportFormat.PDF);
    }
}
