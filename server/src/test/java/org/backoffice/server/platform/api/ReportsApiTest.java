package org.backoffice.server.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class ReportsApiTest extends ApiTestSupport {
    @Test
    void overEveryBranchTheTrialBalanceBalances() {
        JsonNode report = json(as("auditor").get("/api/reports/trial-balance?asset=USD"), 200);

        assertThat(text(report, "asset")).isEqualTo("USD");
        assertThat(report.get("lines").valueStream().map(l -> text(l, "branch")))
                .contains("HO", "B1", "B2");
        JsonNode totals = report.get("totals");
        assertThat(text(totals, "debit")).isEqualTo(text(totals, "credit"));
        assertThat(new BigDecimal(text(totals, "debit"))).isPositive();
        assertThat(totals.get("balanced").asBoolean()).isTrue();
        BigDecimal debits = report.get("lines")
                .valueStream()
                .map(l -> new BigDecimal(text(l, "debit")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(debits).isEqualByComparingTo(text(totals, "debit"));
    }

    @Test
    void aBranchUserSeesTheirBranchesOnly() {
        JsonNode report = json(as("operator.b1").get("/api/reports/trial-balance?asset=USD"), 200);

        assertThat(report.get("lines").valueStream().map(l -> text(l, "branch")))
                .isNotEmpty()
                .containsOnly("B1");
        JsonNode cash = report.get("lines")
                .valueStream()
                .filter(l -> text(l, "account").equals("B1-1010-USD"))
                .findFirst()
                .orElseThrow();
        assertThat(new BigDecimal(text(cash, "debit")).movePointRight(2).longValueExact())
                .isEqualTo(balance("B1-1010-USD"));
        assertThat(text(cash, "credit")).isEqualTo("0.00");

        problem(as("operator.b1").get("/api/reports/trial-balance?asset=USD&branch=HO"), 403);
        JsonNode own = json(as("operator.b1").get("/api/reports/trial-balance?asset=USD&branch=B1"), 200);
        assertThat(text(own, "branch")).isEqualTo("B1");
    }

    @Test
    void asOfADateBeforeAnyPostingTheBalanceIsEmpty() {
        JsonNode report = json(as("admin").get("/api/reports/trial-balance?asset=USD&asOf=2000-01-01"), 200);

        assertThat(text(report, "asOf")).isEqualTo("2000-01-01");
        assertThat(text(report.get("totals"), "debit")).isEqualTo("0.00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | asset
            asset=                      | asset
            asset=XYZ                   | asset
            asset=USD&asOf=2026-02-30   | asOf
            asset=USD&asOf=today        | asOf
            """)
    void badParametersAreA400NamingTheParameter(String query, String field) {
        problem(as("admin").get("/api/reports/trial-balance?" + query), 400, field);
    }
}
