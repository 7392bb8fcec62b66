package org.backoffice.server.bank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.AccountStatus;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.client.Client;
import org.backoffice.server.bank.BankData;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Clients' accounts through the API: opening, reading with the balance, freezing, unfreezing and closing. */
class BankAccountsApiTest extends ApiTestSupport {
    @Autowired
    Banking banking;

    private BankData data;
    private Client client;

    @BeforeEach
    void client() {
        data = new BankData(banking);
        client = data.person(actor("operator.ho"), "HO", "Account");
    }

    private CustomerAccount status(String iban) {
        return banking.accounts().get(actor("admin"), iban);
    }

    @Test
    void anAccountIsOpenedWithAValidIbanAndReadWithItsBalance() {
        HttpResponse<String> response = as("operator.ho").post("/api/bank/accounts", """
                {"clientId":"%d","currency":"EUR","product":"DEPOSIT"}
                """.formatted(client.id()));

        JsonNode account = json(response, 201);
        String iban = text(account, "iban");
        assertThat(Iban.problem(iban)).isNull();
        assertThat(iban).startsWith("GB").contains("DEMO400000");
        assertThat(text(account, "printed"))
                .isEqualTo(Iban.parse(iban).printed())
                .contains(" ");
        assertThat(text(account, "status")).isEqualTo("OPEN");
        assertThat(text(account, "balance")).isEqualTo("0.00");
        assertThat(text(account, "bookNumber")).startsWith("HO-2020-EUR-");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/bank/accounts/" + iban);

        CustomerAccount opened = status(iban);
        data.fund(actor("operator.ho"), actor("controller.ho"), opened, "42.10");
        JsonNode read = json(
                as("controller.ho")
                        .get("/api/bank/accounts/" + Iban.parse(iban).printed().replace(" ", "%20")),
                200);
        assertThat(text(read, "balance")).isEqualTo("42.10");
        assertThat(text(read, "clientId")).isEqualTo(Long.toString(client.id()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown client   | "clientId":"1","currency":"USD","product":"CURRENT"     | clientId
            no client        | "currency":"USD","product":"CURRENT"                    | clientId
            unknown currency | "clientId":"@","currency":"JPY","product":"CURRENT"     | currency
            unknown product  | "clientId":"@","currency":"USD","product":"GOLD"        | product
            both wrong       | "clientId":"@","currency":"XXX","product":"GOLD"        | currency,product
            """)
    void aBadOpeningIsRefusedByFieldAndOpensNothing(String name, String fields, String named) {
        problem(
                as("operator.ho")
                        .post("/api/bank/accounts", "{" + fields.replace("@", Long.toString(client.id())) + "}"),
                422,
                named.split(","));

        assertThat(banking.accounts().ofClient(actor("admin"), client.id())).isEmpty();
    }

    @Test
    void aMalformedIbanNamesTheRuleAnUnknownOneIsNotFound() {
        JsonNode bad = problem(as("operator.ho").get("/api/bank/accounts/GB00DEMO40000000000001"), 422, "iban");
        assertThat(bad.get("errors").get(0).get("message").asString()).contains("mod-97");
        JsonNode shortOne = problem(as("operator.ho").get("/api/bank/accounts/GB29DEMO4000"), 422, "iban");
        assertThat(shortOne.get("errors").get(0).get("message").asString()).contains("15 to 34");
        problem(as("operator.ho").get("/api/bank/accounts/GB33BUKB20201555555555"), 404);
    }

    @Test
    void anotherBranchsAccountIsNotFoundAndCannotBeOpened() {
        CustomerAccount account = data.account(actor("operator.ho"), client, "USD");

        problem(as("operator.b1").get("/api/bank/accounts/" + account.iban()), 404);
        problem(as("operator.b1").post("/api/bank/accounts/" + account.iban() + "/freeze", "{\"reason\":\"x\"}"), 404);
        problem(
                as("operator.b1")
                        .post(
                                "/api/bank/accounts",
                                "{\"clientId\":\"%d\",\"currency\":\"USD\",\"product\":\"CURRENT\"}"
                                        .formatted(client.id())),
                422,
                "clientId");
        assertThat(status(account.iban().value()).status()).isEqualTo(AccountStatus.OPEN);
    }

    @Test
    void anOperatorFreezesOnlyAControllerUnfreezes() {
        CustomerAccount account = data.account(actor("operator.ho"), client, "USD");
        String path = "/api/bank/accounts/" + account.iban();

        problem(as("operator.ho").post(path + "/freeze", "{}"), 422, "reason");
        assertThat(status(account.iban().value()).status()).isEqualTo(AccountStatus.OPEN);

        JsonNode frozen = json(as("operator.ho").post(path + "/freeze", "{\"reason\":\"Suspected fraud\"}"), 200);
        assertThat(text(frozen, "status")).isEqualTo("FROZEN");
        assertThat(text(frozen, "statusReason")).isEqualTo("Suspected fraud");

        problem(as("operator.ho").post(path + "/unfreeze", "{\"reason\":\"cleared\"}"), 403);
        problem(as("treasurer.ho").post(path + "/unfreeze", "{\"reason\":\"cleared\"}"), 403);
        problem(as("controller.ho").post(path + "/freeze", "{\"reason\":\"again\"}"), 409);
        problem(as("controller.ho").post(path + "/close", "{\"reason\":\"leaving\"}"), 422, "status");
        assertThat(status(account.iban().value()).status()).isEqualTo(AccountStatus.FROZEN);

        JsonNode open =
                json(as("controller.ho").post(path + "/unfreeze", "{\"reason\":\"Cleared by compliance\"}"), 200);
        assertThat(text(open, "status")).isEqualTo("OPEN");
        problem(as("controller.ho").post(path + "/unfreeze", "{\"reason\":\"twice\"}"), 409);
    }

    @Test
    void anAccountClosesOnlyAtAZeroBalanceAndOnlyByAControllerOrAccountant() {
        CustomerAccount account = data.account(actor("operator.ho"), client, "USD");
        String path = "/api/bank/accounts/" + account.iban();
        data.fund(actor("operator.ho"), actor("controller.ho"), account, "1.00");

        problem(as("operator.ho").post(path + "/close", "{\"reason\":\"leaving\"}"), 403);
        JsonNode refused =
                problem(as("accountant.ho").post(path + "/close", "{\"reason\":\"leaving\"}"), 422, "balance");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("zero balance");
        assertThat(status(account.iban().value()).status()).isEqualTo(AccountStatus.OPEN);

        CustomerAccount empty = data.account(actor("operator.ho"), client, "USD");
        JsonNode closed = json(
                as("controller.ho")
                        .post("/api/bank/accounts/" + empty.iban() + "/close", "{\"reason\":\"Client left\"}"),
                200);
        assertThat(text(closed, "status")).isEqualTo("CLOSED");
        assertThat(text(closed, "closedOn")).isNotNull();
        problem(
                as("controller.ho").post("/api/bank/accounts/" + empty.iban() + "/close", "{\"reason\":\"again\"}"),
                409);
    }

    @Test
    void aRetriedOpeningWithTheSameKeyOpensOneAccount() {
        String body = "{\"clientId\":\"%d\",\"currency\":\"USD\",\"product\":\"CURRENT\"}".formatted(client.id());
        String key = "open-" + client.id();

        JsonNode first = json(as("operator.ho").post("/api/bank/accounts", body, "Idempotency-Key", key), 201);
        HttpResponse<String> again = as("operator.ho").post("/api/bank/accounts", body, "Idempotency-Key", key);

        assertThat(text(json(again, 201), "iban")).isEqualTo(text(first, "iban"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(banking.accounts().ofClient(actor("admin"), client.id())).hasSize(1);
    }
}
