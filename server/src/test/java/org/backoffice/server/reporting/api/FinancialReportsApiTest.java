package org.backoffice.server.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.Side;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Two days long before the demo's history, only this class's: head office earns 700.00 of fees in
 * cash on the first and spends 45.50 of it on the second.
 */
class FinancialReportsApiTest extends ApiTestSupport {
    private static boolean posted;
    private LocalDate first;
    private LocalDate second;

    @BeforeEach
    void twoDaysOfPostings() {
        first = LocalDate.now(platform.clock()).minusDays(300);
        second = first.plusDays(1);
        synchronized (FinancialReportsApiTest.class) {
            if (!posted) {
                post(first, "HO-1010-USD", "HO-4020-USD", 700_00);
                post(second, "HO-5030-USD", "HO-1010-USD", 45_50);
                posted = true;
            }
        }
    }

    private void post(LocalDate date, String debit, String credit, long cents) {
        JournalVoucher body = new JournalVoucher(
                "USD",
                "report test",
                List.of(new JournalLine(debit, Side.DEBIT, cents), new JournalLine(credit, Side.CREDIT, cents)));
        var document = platform.documents()
                .create(
                        users.actor("accountant.ho"),
                        new NewDocument(JournalVoucherKind.TYPE, "HO", date, body),
                        true,
                        null)
                .document();
        assertThat(document.status()).isEqualTo(DocumentStatus.POSTED);
    }

    private static JsonNode account(JsonNode report, String number) {
        return report.get("lines")
                .valueStream()
                .filter(l -> text(l, "account").equals(number))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theTurnoverOfTheTwoDaysIsWhatWasPosted() {
        JsonNode report = json(
                as("controller.ho").get("/api/reports/turnover?from=" + first + "&to=" + second + "&branch=HO"), 200);

        assertThat(text(report, "branch")).isEqualTo("HO");
        JsonNode cash = account(report, "HO-1010-USD");
        assertThat(text(cash, "openingDebit")).isEqualTo("0.00");
        assertThat(text(cash, "debitTurnover")).isEqualTo("700.00");
        assertThat(text(cash, "creditTurnover")).isEqualTo("45.50");
        assertThat(text(cash, "closingDebit")).isEqualTo("654.50");
        JsonNode usd = report.get("totals")
                .valueStream()
                .filter(t -> text(t, "asset").equals("USD"))
                .findFirst()
                .orElseThrow();
        assertThat(text(usd, "debitTurnover")).isEqualTo("745.50").isEqualTo(text(usd, "creditTurnover"));
        assertThat(usd.get("balanced").asBoolean()).isTrue();

        JsonNode secondDay =
                json(as("controller.ho").get("/api/reports/turnover?from=" + second + "&to=" + second), 200);
        assertThat(text(account(secondDay, "HO-1010-USD"), "openingDebit")).isEqualTo("700.00");
    }

    @Test
    void theIncomeStatementShowsTheFeesTheCostAndTheResult() {
        JsonNode usd = json(as("admin").get("/api/reports/income-statement?from=" + first + "&to=" + second), 200)
                .get("currencies")
                .valueStream()
                .filter(c -> text(c, "currency").equals("USD"))
                .findFirst()
                .orElseThrow();

        assertThat(text(usd, "totalIncome")).isEqualTo("700.00");
        assertThat(text(usd, "totalExpenses")).isEqualTo("45.50");
        assertThat(text(usd, "result")).isEqualTo("654.50");
    }

    @Test
    void theBalanceSheetBalancesAndGrowsByThePostings() {
        JsonNode before = usd(json(as("auditor").get("/api/reports/balance-sheet?asOf=" + first.minusDays(1)), 200));
        JsonNode after = usd(json(as("auditor").get("/api/reports/balance-sheet?asOf=" + second), 200));
        JsonNode today = usd(json(as("auditor").get("/api/reports/balance-sheet"), 200));

        assertThat(after.get("balanced").asBoolean()).isTrue();
        assertThat(today.get("balanced").asBoolean()).isTrue();
        assertThat(text(today, "totalAssets")).isEqualTo(text(today, "totalLiabilitiesAndEquity"));
        assertThat(new BigDecimal(text(after, "totalAssets")).subtract(new BigDecimal(text(before, "totalAssets"))))
                .isEqualByComparingTo("654.50");
        assertThat(new BigDecimal(text(after, "result")).subtract(new BigDecimal(text(before, "result"))))
                .isEqualByComparingTo("654.50");
    }

    private static JsonNode usd(JsonNode sheet) {
        return sheet.get("currencies")
                .valueStream()
                .filter(c -> text(c, "currency").equals("USD"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aBranchUserSeesTheirBranchOnly() {
        JsonNode report =
                json(as("operator.b1").get("/api/reports/turnover?from=" + first + "&to=" + LocalDate.now()), 200);

        assertThat(report.get("lines").valueStream().map(l -> text(l, "branch")))
                .isNotEmpty()
                .containsOnly("B1");
        problem(as("operator.b1").get("/api/reports/balance-sheet?branch=HO"), 403);
        problem(
                as("operator.b1").get("/api/reports/income-statement?from=" + first + "&to=" + second + "&branch=HO"),
                403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            turnover?from=2026-03-02&to=2026-03-01               | from
            turnover?to=2026-03-01                               | from
            turnover?from=2026-03-01                             | to
            turnover?from=2026-02-30&to=2026-03-01               | from
            income-statement?from=2026-03-01&to=tomorrow         | to
            income-statement?from=2026-03-09&to=2026-03-01       | from
            income-statement?from=2026-03-01&to=2026-03-09&branch=XX | branch
            balance-sheet?asOf=2026-13-01                        | asOf
            balance-sheet?branch=NOWHERE                         | branch
            """)
    void badParametersAreA400NamingTheParameter(String query, String field) {
        problem(as("admin").get("/api/reports/" + query), 400, field);
    }
}
