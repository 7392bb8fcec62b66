package org.backoffice.server.bank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.banking.clearing.ClearingRunKind;
import org.backoffice.banking.client.ClientKind;
import org.backoffice.banking.client.NewClient;
import org.backoffice.banking.message.ClearingCsv;
import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Clearing over the API: files in, the exceptions queue, the close, and the problems bad input gets. */
class ClearingApiTest extends ApiTestSupport {
    @Autowired
    Banking banking;

    private CustomerAccount account(String currency) {
        var operator = actor("operator.ho");
        var client = banking.clients()
                .create(
                        operator,
                        new NewClient(
                                ClientKind.PERSON,
                                "HO",
                                "Clara",
                                "Clearing",
                                LocalDate.of(1980, 1, 1),
                                null,
                                "P" + System.nanoTime(),
                                "TX",
                                null,
                                "1 Lane",
                                "GB",
                                null,
                                null));
        return banking.accounts().open(operator, new OpenCustomerAccount(client.id(), currency, "CURRENT"));
    }

    private static byte[] file(String tag, String creditorIban, String amount) {
        ClearingPayment good = new ClearingPayment(
                "E2E-" + tag,
                "Anna Example",
                "DE89370400440532013000",
                "BANKDEFF",
                "Clara Clearing",
                creditorIban,
                "DEMOGB2L",
                "EUR",
                new BigDecimal(amount),
                null,
                LocalDate.of(2026, 11, 25));
        ClearingPayment unknown = new ClearingPayment(
                "X-" + tag,
                "Anna Example",
                "DE89370400440532013000",
                "BANKDEFF",
                "Nobody",
                Iban.of("GB", "DEMO40000099999998").value(),
                "DEMOGB2L",
                "EUR",
                new BigDecimal("1.00"),
                null,
                LocalDate.of(2026, 11, 25));
        return ClearingCsv.write(List.of(good, unknown)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUploadedFileAnswersRowByRowAndTheSameFileAgainIsA422NamingTheFile() {
        CustomerAccount clara = account("EUR");
        String tag = Long.toString(System.nanoTime(), 36);
        byte[] content = file(tag, clara.iban().value(), "12.34");

        JsonNode imported = json(
                as("operator.ho").upload("/api/clearing/files?format=csv", "file", "in.csv", "text/csv", content), 201);

        assertThat(imported.get("file").get("credited").asInt()).isEqualTo(1);
        assertThat(imported.get("file").get("suspended").asInt()).isEqualTo(1);
        assertThat(imported.get("rows").get(0).get("outcome").asString()).isEqualTo("CREDITED");
        assertThat(imported.get("rows").get(0).get("amount").asString()).isEqualTo("12.34");
        assertThat(imported.get("rows").get(1).get("detail").asString()).contains("no account");
        String id = imported.get("file").get("id").asString();
        JsonNode rows = json(as("operator.ho").get("/api/clearing/files/" + id + "/rows?from=3"), 200);
        assertThat(rows.get("items")).hasSize(1);

        problem(as("operator.ho").upload("/api/clearing/files", "file", "again.csv", "text/csv", content), 422, "file");
        problem(
                as("operator.ho").upload("/api/clearing/files?format=xls", "file", "x.csv", "text/csv", content),
                400,
                "format");
        problem(
                as("operator.ho").upload("/api/clearing/files", "file", "h.csv", "text/csv", "a,b\r\n".getBytes()),
                422,
                "file");
        problem(
                as("operator.b1")
                        .upload(
                                "/api/clearing/files",
                                "file",
                                "b.csv",
                                "text/csv",
                                file(tag + "b1", clara.iban().value(), "1.00")),
                403);
        problem(as("operator.ho").get("/api/clearing/files/" + id + "/rows?limit=0"), 400, "limit");
    }

    @Test
    void anExceptionIsProposedForReturnOrRerouteWithEachBadInputNamed() {
        CustomerAccount clara = account("EUR");
        CustomerAccount dollars = account("USD");
        String tag = Long.toString(System.nanoTime(), 36);
        json(
                as("operator.ho")
                        .upload(
                                "/api/clearing/files",
                                "file",
                                "ex.csv",
                                "text/csv",
                                file(tag, clara.iban().value(), "3.00")),
                201);
        JsonNode open = json(as("operator.ho").get("/api/clearing/exceptions?status=OPEN&size=1000"), 200);
        String id = null;
        for (JsonNode e : open.get("items")) {
            if (e.get("endToEndId").asString().equals("X-" + tag)) {
                id = e.get("id").asString();
            }
        }
        assertThat(id).isNotNull();

        problem(
                as("operator.ho").post("/api/clearing/exceptions/" + id + "/return", "{\"reason\":\"\"}"),
                422,
                "reason");
        problem(
                as("operator.ho")
                        .post(
                                "/api/clearing/exceptions/" + id + "/reroute",
                                "{\"targetIban\":\"" + dollars.iban() + "\",\"reason\":\"typo\"}"),
                422,
                "targetIban");
        problem(
                as("operator.ho")
                        .post(
                                "/api/clearing/exceptions/" + id + "/reroute",
                                "{\"targetIban\":\"GB00\",\"reason\":\"x\"}"),
                422,
                "targetIban");
        problem(as("operator.ho").get("/api/clearing/exceptions?status=GONE"), 422, "status");
        problem(as("controller.ho").post("/api/clearing/exceptions/" + id + "/return", "{\"reason\":\"x\"}"), 403);
        problem(as("operator.ho").post("/api/clearing/exceptions/1/return", "{\"reason\":\"x\"}"), 404);

        JsonNode proposal = json(
                as("operator.ho")
                        .post(
                                "/api/clearing/exceptions/" + id + "/reroute",
                                "{\"targetIban\":\"" + clara.iban() + "\",\"reason\":\"right client\"}"),
                201);
        assertThat(proposal.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(proposal.get("type").asString()).isEqualTo("ExceptionResolution");
        json(as("controller.ho").post("/api/documents/" + proposal.get("id").asString() + "/approve", "{}"), 200);
        JsonNode rerouted = json(as("operator.ho").get("/api/clearing/exceptions?status=REROUTED&size=1000"), 200);
        assertThat(rerouted.findValuesAsString("id")).contains(id);
    }

    @Test
    void theCycleClosesIntoARunAndAnEmptyCycleIsA422OnCycle() {
        settlePendingRuns();
        CustomerAccount clara = account("EUR");
        json(
                as("operator.ho")
                        .upload(
                                "/api/clearing/files",
                                "file",
                                "c.csv",
                                "text/csv",
                                file(
                                        Long.toString(System.nanoTime(), 36),
                                        clara.iban().value(),
                                        "5.00")),
                201);
        JsonNode current = json(as("treasurer.ho").get("/api/clearing/cycles/current"), 200);
        assertThat(current.get("status").asString()).isEqualTo("OPEN");
        assertThat(current.get("positions")).isNotEmpty();

        JsonNode run = json(as("treasurer.ho").post("/api/clearing/cycles/close", ""), 201);

        assertThat(run.get("type").asString()).isEqualTo(ClearingRunKind.TYPE);
        assertThat(run.get("status").asString()).isEqualTo("SUBMITTED");
        JsonNode files =
                json(as("treasurer.ho").get("/api/documents/" + run.get("id").asString() + "/attachments"), 200);
        assertThat(files.findValuesAsString("fileName")).anyMatch(n -> n.endsWith("-net-positions.csv"));
        problem(as("treasurer.ho").post("/api/clearing/cycles/close", ""), 422, "cycle");
        problem(as("controller.ho").post("/api/clearing/cycles/close", ""), 403);
        problem(as("operator.b1").get("/api/clearing/cycles"), 403);
        problem(as("operator.ho").get("/api/clearing/cycles/12345"), 404);
        settlePendingRuns();
        problem(as("treasurer.ho").post("/api/clearing/cycles/close", ""), 422, "cycle");
    }

    /** Other tests share the server: a run they left waiting is approved first. */
    private void settlePendingRuns() {
        var query = new DocumentQuery(
                ClearingRunKind.TYPE, DocumentStatus.SUBMITTED, null, null, null, null, null, null, 0, 100);
        for (Document run : platform.documents().list(actor("admin"), query).items()) {
            platform.documents().approve(actor("controller.ho"), run.id(), "settled by the test");
        }
        banking.clearing().cycles().current(actor("admin")).ifPresent(open -> {
            platform.documents()
                    .approve(
                            actor("controller.ho"),
                            banking.clearing()
                                    .cycles()
                                    .close(actor("treasurer.ho"), null)
                                    .document()
                                    .id(),
                            "settled by the test");
        });
    }
}
