package org.backoffice.server.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.backoffice.ledger.Side;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Riverside (B1) earns 1,234.00 of fees in cash on a day long before the demo's history, only this class's. */
class FinancialReportsPageTest extends WebTest {
    private static boolean posted;
    private LocalDate day;

    @BeforeEach
    void feesOnOneDay() {
        day = today().minusDays(250);
        synchronized (FinancialReportsPageTest.class) {
            if (!posted) {
                JournalVoucher body = new JournalVoucher(
                        "USD",
                        "report page test",
                        List.of(
                                new JournalLine("B1-1010-USD", Side.DEBIT, 1_234_00),
                                new JournalLine("B1-4020-USD", Side.CREDIT, 1_234_00)));
                var document = platform.documents()
                        .create(
                                users.actor("operator.b1"),
                                new NewDocument(JournalVoucherKind.TYPE, "B1", day, body),
                                true,
                                null)
                        .document();
                assertThat(document.status()).isEqualTo(DocumentStatus.POSTED);
                posted = true;
            }
        }
    }

    private String turnover() {
        return "/reports/turnover?from=" + day + "&to=" + day + "&branch=B1";
    }

    @Test
    void theTurnoverPageShowsTheDaysMovementsAndLinksItsDownloads() {
        String html = as("controller.b1").get(turnover()).body();

        assertThat(html).contains("Turnover trial balance", "B1-1010-USD", "B1-4020-USD", "1,234.00", "Balanced.");
        assertThat(html).doesNotContain("HO-1010-USD");
        assertThat(html)
                .contains("/reports/turnover/export?format=pdf&amp;from=" + day + "&amp;to=" + day + "&amp;branch=B1");
    }

    @Test
    void theDownloadsHoldTheSameFiguresInCsvXlsxAndPdf() throws IOException {
        String query = "from=" + day + "&to=" + day + "&branch=B1";
        HttpResponse<byte[]> csv = as("controller.b1").bytes("/reports/turnover/export?format=csv&" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("turnover-" + day + "-" + day + "-B1.csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .startsWith("Account,Name,Branch,Asset,Opening debit")
                .contains("B1-4020-USD,Fee and commission income,B1,USD,")
                .contains(",1234.00,");

        HttpResponse<byte[]> xlsx = as("controller.b1").bytes("/reports/turnover/export?format=xlsx&" + query);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Row fees = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null
                        && "B1-4020-USD".equals(row.getCell(0).toString())) {
                    fees = row;
                }
            }
            assertThat(fees).isNotNull();
            assertThat(fees.getCell(7).getNumericCellValue()).isEqualTo(1234.00);
        }

        HttpResponse<byte[]> pdf = as("controller.b1").bytes("/reports/balance-sheet/export?format=pdf&asOf=" + day);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        try {
            assertThat(reader.getNumberOfPages()).isPositive();
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Balance sheet", "Cash on hand");
        } finally {
            reader.close();
        }
    }

    @Test
    void theBalanceSheetAndIncomeStatementPagesBalanceAndShowTheResult() {
        String sheet = as("admin").get("/reports/balance-sheet?asOf=" + today()).body();
        assertThat(sheet).contains("Balance sheet", "Result not yet closed", "Balanced.");

        String income = as("admin")
                .get("/reports/income-statement?from=" + day + "&to=" + day + "&branch=B1")
                .body();
        assertThat(income).contains("Income statement", "Fee and commission income", "1,234.00");
    }

    @Test
    void aPeriodEndingBeforeItBeginsOrAnUnknownFormatIsABadRequest() {
        HttpResponse<String> page =
                as("admin").get("/reports/income-statement?from=" + day + "&to=" + day.minusDays(1));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("from: must not be after to");

        assertThat(as("admin").bytes("/reports/turnover/export?format=docx").statusCode())
                .isEqualTo(400);
        assertThat(as("operator.b1").get("/reports/turnover?branch=HO").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theAccountPageChartsTheDailyClosingBalance() {
        assertThat(as("controller.b1").get("/accounts/B1-1010-USD").body())
                .contains("id=\"balance-chart\"", "/accounts/B1-1010-USD/balances.json", "/js/account-chart.js");

        JsonNode data = JsonMapper.builder()
                .build()
                .readTree(as("controller.b1")
                        .get("/accounts/B1-1010-USD/balances.json", "Accept", "application/json")
                        .body());
        assertThat(data.get("days")).hasSize(90);
        assertThat(data.get("days").get(89).asString()).isEqualTo(today().toString());
        long cents =
                data.get("balances").get(89).decimalValue().movePointRight(2).longValueExact();
        var account = platform.accounts().account("B1-1010-USD").orElseThrow();
        assertThat(cents)
                .isEqualTo(platform.ledger()
                        .balanceAsOf(account.ledgerId(), today())
                        .orElseThrow()
                        .posted());
        assertThat(as("operator.b2").get("/accounts/B1-1010-USD/balances.json").statusCode())
                .isEqualTo(404);
    }
}
