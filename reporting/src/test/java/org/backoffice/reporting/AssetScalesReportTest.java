package org.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.testing.PlatformFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Head office takes fees in yen (no decimals) and in Bahraini dinars (three): the turnover trial balance and its
 * exports write each amount with its own currency's decimals, never a dollar's two.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class AssetScalesReportTest {
    static final LocalDate DAY = LocalDate.now().minusDays(10);

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;
    FinancialReports reports;
    TurnoverReport report;

    @BeforeEach
    void feesInYenAndDinars() {
        fixture = PlatformFixture.withDemo(database);
        reports = new FinancialReports(fixture.platform());
        for (String currency : List.of("JPY", "BHD")) {
            fixture.platform()
                    .accounts()
                    .openAll(
                            fixture.actor("admin"),
                            List.of(
                                    new OpenBookAccount("HO", "1010", currency, null, "Cash", BalanceLimit.NONE),
                                    new OpenBookAccount("HO", "4020", currency, null, "Fees", BalanceLimit.NONE)));
        }
        fee("JPY", "1234567");
        fee("BHD", "1234.567");
        fee("BHD", "0.005");
        report = reports.turnover(fixture.actor("auditor"), Period.of(DAY, DAY), "HO");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A fee taken in cash at head office, entered as a clerk types it and approved where the amount asks. */
    private void fee(String currency, String amount) {
        long units = Amount.parse(
                        "amount",
                        amount,
                        fixture.platform().accounts().asset(currency).orElseThrow())
                .units();
        JournalVoucher voucher = new JournalVoucher(
                currency,
                "fee",
                List.of(
                        new JournalLine("HO-1010-" + currency, Side.DEBIT, units),
                        new JournalLine("HO-4020-" + currency, Side.CREDIT, units)));
        Document made = fixture.platform()
                .documents()
                .create(
                        fixture.actor("accountant.ho"),
                        new NewDocument(JournalVoucherKind.TYPE, "HO", DAY, voucher),
                        true,
                        null)
                .document();
        if (made.status() != DocumentStatus.POSTED) {
            made = fixture.platform().documents().approve(fixture.actor("controller.ho"), made.id(), "checked");
        }
        assertThat(made.status()).isEqualTo(DocumentStatus.POSTED);
    }

    @Test
    void theTurnoverCountsEachCurrencyInItsOwnMinorUnit() {
        assertThat(report.totals("JPY").orElseThrow())
                .isEqualTo(new TurnoverTotals("JPY", 0, 0, 1_234_567, 1_234_567, 1_234_567, 1_234_567));
        assertThat(report.totals("BHD").orElseThrow())
                .isEqualTo(new TurnoverTotals("BHD", 0, 0, 1_234_572, 1_234_572, 1_234_572, 1_234_572));
    }

    @Test
    void theCsvExportWritesYenWithoutDecimalsAndDinarsWithThree() throws IOException {
        String csv = new String(write(ReportFormat.CSV), StandardCharsets.UTF_8);

        assertThat(csv)
                .contains("HO-1010-JPY,Cash,HO,JPY,0,0,1234567,0,1234567,0\r\n")
                .contains("HO-4020-JPY,Fees,HO,JPY,0,0,0,1234567,0,1234567\r\n")
                .contains("HO-1010-BHD,Cash,HO,BHD,0.000,0.000,1234.572,0.000,1234.572,0.000\r\n")
                .contains("Total BHD,balanced,,BHD,0.000,0.000,1234.572,1234.572,1234.572,1234.572\r\n")
                .doesNotContain("1234567.00", "1234.57,");
    }

    @Test
    void thePdfShowsThousandsSeparatorsAndEachCurrencysDecimals() throws IOException {
        PdfReader reader = new PdfReader(write(ReportFormat.PDF));
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);

            assertThat(text).contains("1,234,567", "1,234.572", "0.000").doesNotContain("1,234,567.00");
        } finally {
            reader.close();
        }
    }

    @Test
    void theXlsxCellsAreNumbersFormattedWithTheCurrencysDecimals() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(ReportFormat.XLSX)))) {
            Cell yen = debitTurnover(book, "HO-1010-JPY");
            Cell dinars = debitTurnover(book, "HO-1010-BHD");

            assertThat(yen.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(yen.getNumericCellValue()).isEqualTo(1_234_567d);
            assertThat(yen.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(dinars.getNumericCellValue()).isEqualTo(1234.572d);
            assertThat(dinars.getCellStyle().getDataFormatString()).isEqualTo("#,##0.000");
        }
    }

    private static Cell debitTurnover(XSSFWorkbook book, String account) {
        for (Row row : book.getSheetAt(0)) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(account)) {
                return row.getCell(6);
            }
        }
        throw new AssertionError("no row for " + account);
    }

    private byte[] write(ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(reports.table(report), out);
        return out.toByteArray();
    }
}
