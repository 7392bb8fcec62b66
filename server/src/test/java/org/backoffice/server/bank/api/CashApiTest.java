package org.backoffice.server.bank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.ClientKind;
import org.backoffice.banking.client.NewClient;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A cashier's day over the API at a desk of B2 of this class's own, with a cashier of its own. */
class CashApiTest extends ApiTestSupport {
    private static final String CASHIER = "cashier.api";

    @Autowired
    Banking banking;

    @Test
    void aShiftOverTheApiOpensTakesCashInClosesOnTheCountAndTheCashBookTies() {
        JsonNode desk = json(
                as("admin").post("/api/cash/desks", "{\"branch\":\"B2\",\"code\":\"A1\",\"name\":\"API counter\"}"),
                201);
        assertThat(text(desk, "code")).isEqualTo("A1");
        assertThat(text(desk.get("cash"), "USD")).isEqualTo("0.00");
        problem(as("operator.b2").post("/api/cash/desks", "{\"branch\":\"B2\",\"code\":\"A2\",\"name\":\"No\"}"), 403);
        problem(
                as("admin").post("/api/cash/desks", "{\"branch\":\"B2\",\"code\":\"a 1\",\"name\":\"X\"}"),
                422,
                "code");
        ensureUser(CASHIER, "OPERATOR", "B2");
        stockVault("1000.00");
        CustomerAccount client = client();

        problem(as("auditor").post("/api/cash/shifts", "{\"branch\":\"B2\",\"desk\":\"A1\",\"floats\":[]}"), 403);
        problem(
                as(CASHIER)
                        .post(
                                "/api/cash/shifts",
                                "{\"branch\":\"B2\",\"desk\":\"A1\",\"floats\":[{\"currency\":\"USD\",\"amount\":\"x\"}]}"),
                422,
                "floats[0].amount");
        JsonNode shift = json(
                as(CASHIER)
                        .post(
                                "/api/cash/shifts",
                                "{\"branch\":\"B2\",\"desk\":\"A1\",\"floats\":[{\"currency\":\"USD\",\"amount\":\"200.00\"}]}",
                                "Idempotency-Key",
                                "open-a1"),
                201);
        assertThat(text(shift, "status")).isEqualTo("OPEN");
        String shiftId = text(shift, "id");

        JsonNode receipt = json(as(CASHIER).post("/api/cash/receipts", receipt(client, "50.00")), 201);
        assertThat(text(receipt, "number")).startsWith("CRO-B2-");
        assertThat(text(receipt, "status")).isEqualTo("POSTED");
        problem(as(CASHIER).post("/api/cash/receipts", receipt(client, "5.001")), 422, "amount");
        problem(
                as(CASHIER)
                        .post(
                                "/api/cash/disbursements",
                                "{\"branch\":\"B2\",\"desk\":\"A1\",\"currency\":\"USD\",\"amount\":\"10.00\","
                                        + "\"debitIban\":\"" + client.iban().value() + "\"}"),
                422,
                "idDocument");
        problem(as("operator.b2").post("/api/cash/receipts", receipt(client, "5.00")), 422, "desk");

        problem(
                as(CASHIER)
                        .post(
                                "/api/cash/shifts/" + shiftId + "/close",
                                "{\"counts\":[{\"currency\":\"USD\",\"denomination\":300,\"pieces\":1}],\"returnToVault\":true}"),
                422,
                "counts[0].denomination");
        problem(
                as(CASHIER)
                        .post(
                                "/api/cash/shifts/" + shiftId + "/close",
                                "{\"counts\":[{\"currency\":\"USD\",\"denomination\":10000,\"pieces\":-2}],\"returnToVault\":true}"),
                422,
                "counts[0].pieces");
        JsonNode closed = json(
                as(CASHIER)
                        .post(
                                "/api/cash/shifts/" + shiftId + "/close",
                                "{\"counts\":[{\"currency\":\"USD\",\"denomination\":10000,\"pieces\":2},"
                                        + "{\"currency\":\"USD\",\"denomination\":5000,\"pieces\":1}],\"returnToVault\":true}"),
                200);
        assertThat(text(closed.get("shift"), "status")).isEqualTo("CLOSED");
        assertThat(text(closed.get("lines").get(0), "difference")).isEqualTo("0.00");
        assertThat(text(closed.get("lines").get(0), "returned")).isEqualTo("250.00");
        assertThat(text(closed.get("document"), "number")).startsWith("SC-B2-");
        problem(as(CASHIER).post("/api/cash/receipts", receipt(client, "5.00")), 422, "desk");

        JsonNode book = json(as("auditor").get("/api/cash/cash-book?branch=B2&desk=A1"), 200);
        JsonNode usd = book.get("sections").get(0);
        assertThat(text(usd, "opening")).isEqualTo("0.00");
        assertThat(text(usd, "received")).isEqualTo("250.00");
        assertThat(text(usd, "paidOut")).isEqualTo("250.00");
        assertThat(text(usd, "closing")).isEqualTo("0.00");
        assertThat(usd.get("ties").asBoolean()).isTrue();
        assertThat(usd.get("lines").valueStream().map(l -> text(l, "number")).toList())
                .contains(text(receipt, "number"), text(closed.get("document"), "number"));
        assertThat(book.get("shifts").get(0).get("counts")).hasSize(2);

        var csv = as("auditor").get("/api/cash/cash-book?branch=B2&desk=A1&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains("Currency,Booked at,Document", text(receipt, "number"), "250.00");
        var pdf = as("auditor").getBytes("/api/cash/cash-book?branch=B2&desk=A1&format=pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        problem(as("operator.b1").get("/api/cash/cash-book?branch=B2&desk=A1"), 404);
        problem(as("auditor").get("/api/cash/cash-book?branch=B2&desk=A1&format=doc"), 400);

        assertThat(as("admin").get("/api/docs").body())
                .contains("/api/cash/shifts/{id}/close", "/api/cash/receipts", "/api/cash/cash-book");
    }

    private static String receipt(CustomerAccount client, String amount) {
        return "{\"branch\":\"B2\",\"desk\":\"A1\",\"currency\":\"USD\",\"amount\":\"" + amount + "\",\"creditIban\":\""
                + client.iban().value() + "\",\"payer\":\"Pat Payer\"}";
    }

    private CustomerAccount client() {
        Client client = banking.clients()
                .create(
                        actor("operator.b2"),
                        new NewClient(
                                ClientKind.PERSON,
                                "B2",
                                "Pat",
                                "Payer",
                                LocalDate.of(1975, 3, 1),
                                null,
                                "P" + System.nanoTime(),
                                "TX9",
                                null,
                                "2 Low Street, Leeds",
                                "GB",
                                null,
                                null));
        return banking.accounts().open(actor("operator.b2"), new OpenCustomerAccount(client.id(), "USD", "CURRENT"));
    }

    private void stockVault(String amount) {
        Document document = voucher("operator.b2", "B2", "B2-1040-USD", "B2-2910-USD", amount, true);
        assertThat(document.status()).isEqualTo(DocumentStatus.POSTED);
    }
}
