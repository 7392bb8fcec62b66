package org.backoffice.server.bank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.Side;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.Camt053Writer;
import org.backoffice.platform.statement.StatementEntry;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** HO-1020-USD through the API: registered, a statement uploaded, a break resolved, the report reconciled. */
class ReconciliationApiTest extends ApiTestSupport {
    private static final String KEY = "Idempotency-Key";

    private String key() {
        return Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aNostroReconcilesThroughTheApi() {
        LocalDate day = LocalDate.now(platform.clock()).minusDays(200);
        Document ours = platform.documents()
                .create(
                        users.actor("accountant.ho"),
                        new NewDocument(
                                JournalVoucherKind.TYPE,
                                "HO",
                                day,
                                new JournalVoucher(
                                        "USD",
                                        "API-1",
                                        List.of(
                                                new JournalLine("HO-1020-USD", Side.DEBIT, 40_000),
                                                new JournalLine("HO-2910-USD", Side.CREDIT, 40_000)))),
                        true,
                        null)
                .document();
        long bookBefore = platform.ledger()
                .balanceAsOf(
                        platform.accounts().account("HO-1020-USD").orElseThrow().ledgerId(), day.minusDays(1))
                .orElseThrow()
                .posted();

        problem(
                as("operator.ho")
                        .post(
                                "/api/reconciliation/nostros",
                                "{\"bookNumber\":\"HO-1020-USD\",\"correspondentBic\":\"CHASUS33\","
                                        + "\"accountIdentification\":\"API-ACCT\"}",
                                KEY,
                                key()),
                403);
        JsonNode invalid = problem(
                as("accountant.ho")
                        .post(
                                "/api/reconciliation/nostros",
                                "{\"bookNumber\":\"HO-2910-USD\",\"correspondentBic\":\"x\"}",
                                KEY,
                                key()),
                422,
                "bookNumber",
                "correspondentBic",
                "accountIdentification");
        assertThat(invalid.toString()).contains("a nostro account is on 1020");
        JsonNode nostro = json(
                as("accountant.ho")
                        .post(
                                "/api/reconciliation/nostros",
                                "{\"bookNumber\":\"HO-1020-USD\",\"correspondentBic\":\"CHASUS33\","
                                        + "\"accountIdentification\":\"API-ACCT\"}",
                                KEY,
                                key()),
                201);
        assertThat(text(nostro, "currency")).isEqualTo("USD");

        BigDecimal opening = BigDecimal.valueOf(bookBefore, 2);
        AccountStatement statement = new AccountStatement(
                "API-S1",
                "API-ACCT",
                "USD",
                day,
                opening,
                day,
                opening.add(new BigDecimal("400.00")).subtract(new BigDecimal("7.50")),
                List.of(
                        StatementEntry.of(day, StatementEntry.Side.CREDIT, new BigDecimal("400.00"), "API-1", null),
                        StatementEntry.of(day, StatementEntry.Side.DEBIT, new BigDecimal("7.50"), null, "Fee")));
        byte[] camt =
                Camt053Writer.write("M-API", Instant.now(), List.of(statement)).getBytes(StandardCharsets.UTF_8);

        problem(
                as("operator.ho")
                        .upload(
                                "/api/reconciliation/statements?format=pdf",
                                "file",
                                "s.xml",
                                "application/xml",
                                camt,
                                KEY,
                                key()),
                400,
                "format");
        JsonNode imported = json(
                as("operator.ho")
                        .upload("/api/reconciliation/statements", "file", "s.xml", "application/xml", camt, KEY, key()),
                200);
        assertThat(imported.get("imported").asInt()).isEqualTo(1);
        assertThat(imported.get("statements")
                        .get(0)
                        .get("matching")
                        .get("matched")
                        .asInt())
                .isEqualTo(1);
        JsonNode duplicate = json(
                as("operator.ho")
                        .upload("/api/reconciliation/statements", "file", "s.xml", "application/xml", camt, KEY, key()),
                200);
        assertThat(text(duplicate.get("statements").get(0), "field")).isEqualTo("statementId");

        JsonNode matches = json(as("operator.ho").get("/api/reconciliation/nostros/HO-1020-USD/matches"), 200);
        assertThat(text(matches.get(0), "rule")).isEqualTo("REFERENCE");
        assertThat(text(matches.get(0), "explanation")).startsWith("reference API-1 and amount 400.00 agree");
        assertThat(matches.get(0).get("postings").get(0).asText())
                .startsWith(ours.id().value() + "/");

        JsonNode breaks = json(as("operator.ho").get("/api/reconciliation/breaks?nostro=HO-1020-USD&status=OPEN"), 200);
        assertThat(breaks).hasSize(1);
        long fee = breaks.get(0).get("id").asLong();
        assertThat(text(breaks.get(0), "amount")).isEqualTo("7.50");
        problem(as("operator.ho").get("/api/reconciliation/breaks?status=SHUT"), 400, "status");
        JsonNode before =
                json(as("operator.ho").get("/api/reconciliation/nostros/HO-1020-USD/report?date=" + day), 200);
        assertThat(text(before, "unexplained")).isEqualTo("7.50");

        problem(
                as("operator.ho")
                        .post(
                                "/api/reconciliation/breaks/" + fee + "/resolve",
                                "{\"resolution\":\"WRITTEN_OFF\"}",
                                KEY,
                                key()),
                400,
                "reason");
        problem(
                as("operator.ho")
                        .post(
                                "/api/reconciliation/breaks/" + fee + "/resolve",
                                "{\"resolution\":\"LOST\"}",
                                KEY,
                                key()),
                400,
                "resolution");
        JsonNode resolved = json(
                as("operator.ho")
                        .post(
                                "/api/reconciliation/breaks/" + fee + "/resolve",
                                "{\"resolution\":\"WRITTEN_OFF\",\"note\":\"fee agreed with the correspondent\"}",
                                KEY,
                                key()),
                200);
        assertThat(text(resolved, "status")).isEqualTo("RESOLVED");
        assertThat(text(resolved, "resolvedBy")).isEqualTo("operator.ho");
        problem(
                as("operator.ho")
                        .post(
                                "/api/reconciliation/breaks/" + fee + "/resolve",
                                "{\"resolution\":\"WRITTEN_OFF\",\"note\":\"again\"}",
                                KEY,
                                key()),
                409);

        JsonNode report =
                json(as("operator.ho").get("/api/reconciliation/nostros/HO-1020-USD/report?date=" + day), 200);
        assertThat(text(report, "unexplained")).isEqualTo("0.00");
        assertThat(report.get("matchedCount").asInt()).isEqualTo(1);
        HttpResponse<byte[]> csv = as("operator.ho")
                .getBytes("/api/reconciliation/nostros/HO-1020-USD/report/export?format=csv&date=" + day);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Unexplained difference,0.00");
        HttpResponse<byte[]> pdf = as("operator.ho")
                .getBytes("/api/reconciliation/nostros/HO-1020-USD/report/export?format=pdf&date=" + day);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(as("operator.b1")
                        .get("/api/reconciliation/nostros/HO-1020-USD/report?date=" + day)
                        .statusCode())
                .isEqualTo(404);
    }
}
