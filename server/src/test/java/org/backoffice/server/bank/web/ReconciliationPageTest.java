package org.backoffice.server.bank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.backoffice.banking.Banking;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.MtCashStatementWriter;
import org.backoffice.platform.statement.StatementEntry;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** B1-1020-USD through the pages: registered, an MT950 pasted in, its break resolved, the report reconciled. */
class ReconciliationPageTest extends WebTest {
    @Autowired
    Banking banking;

    @Test
    void aBranchNostroIsRegisteredImportedResolvedAndReportedThroughThePages() {
        PageClient admin = as("admin");
        admin.get("/reconciliation");

        HttpResponse<String> bad = admin.post(
                "/reconciliation/nostros",
                Map.of(
                        "bookNumber",
                        "B1-2910-USD",
                        "correspondentBic",
                        "DEUTDEFF",
                        "accountIdentification",
                        "B1-PAGE"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("bookNumber: B1-2910-USD is on chart line 2910");
        HttpResponse<String> good = admin.post(
                "/reconciliation/nostros",
                Map.of(
                        "bookNumber",
                        "B1-1020-USD",
                        "correspondentBic",
                        "DEUTDEFF",
                        "accountIdentification",
                        "B1-PAGE"));
        assertThat(good.statusCode()).isEqualTo(302);

        LocalDate day = today().minusDays(100);
        AccountStatement statement = new AccountStatement(
                "PAGE-1",
                "B1-PAGE",
                "USD",
                day,
                new BigDecimal("0.00").add(book(day.minusDays(1))),
                day,
                book(day.minusDays(1)).add(new BigDecimal("33.00")),
                List.of(StatementEntry.of(day, StatementEntry.Side.CREDIT, new BigDecimal("33.00"), "UNKNOWN", null)));
        String mt950 = MtCashStatementWriter.mt950(statement, "DEUTDEFF", "DEMOGB2LXXX");
        PageClient operator = as("operator.b1");
        operator.get("/reconciliation");

        HttpResponse<String> nonsense =
                operator.post("/reconciliation/statements", Map.of("content", "not a statement", "format", ""));
        assertThat(nonsense.statusCode()).isEqualTo(400);
        assertThat(nonsense.body()).contains("file: is neither a camt.053");
        HttpResponse<String> imported =
                operator.post("/reconciliation/statements", Map.of("content", mt950, "format", "mt950"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("MT950: imported 1, refused 0", "breaks opened 1");
        assertThat(operator.post("/reconciliation/statements", Map.of("content", mt950, "format", "mt950"))
                        .body())
                .contains("statementId: statement PAGE-1 of B1-PAGE was imported before");

        long id = banking.reconciliation()
                .breaks(users.actor("operator.b1"), new BreakQuery("B1-1020-USD", null, null, null, null))
                .getFirst()
                .id();
        HttpResponse<String> queue = operator.get("/reconciliation/breaks?nostro=B1-1020-USD&minAge=1");
        assertThat(queue.body()).contains("break-" + id, "UNKNOWN");
        assertThat(operator.get("/reconciliation/breaks?owner=nobody-at-all").body())
                .doesNotContain("break-" + id);

        HttpResponse<String> noReason = operator.post(
                "/reconciliation/breaks/" + id + "/resolve", Map.of("resolution", "WRITTEN_OFF", "note", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason: must be given to write a break off");
        HttpResponse<String> badMatch = operator.post(
                "/reconciliation/breaks/" + id + "/resolve", Map.of("resolution", "MATCHED", "counterpart", "x/y"));
        assertThat(badMatch.body()).contains("counterpart: must be a posting as TRANSACTION/INDEX");

        HttpResponse<String> report = operator.get("/reconciliation/nostros/B1-1020-USD/report?date=" + day);
        assertThat(report.body()).contains("Not reconciled");
        HttpResponse<String> resolved = operator.post(
                "/reconciliation/breaks/" + id + "/resolve",
                Map.of("resolution", "WRITTEN_OFF", "note", "credit returned to sender"));
        assertThat(resolved.statusCode()).isEqualTo(302);
        assertThat(operator.get("/reconciliation/nostros/B1-1020-USD/report?date=" + day)
                        .body())
                .contains("Reconciled: every difference is explained.");
        assertThat(operator.bytes("/reconciliation/nostros/B1-1020-USD/report/export?format=xlsx&date=" + day)
                        .statusCode())
                .isEqualTo(200);
        assertThat(operator.get("/reconciliation/nostros/B1-1020-USD").body()).contains("PAGE-1");
        assertThat(as("operator.ho").get("/reconciliation/nostros/B1-1020-USD").statusCode())
                .isEqualTo(404);
    }

    private BigDecimal book(LocalDate date) {
        long units = platform.ledger()
                .balanceAsOf(
                        platform.accounts().account("B1-1020-USD").orElseThrow().ledgerId(), date)
                .orElseThrow()
                .posted();
        return BigDecimal.valueOf(units, 2);
    }
}
