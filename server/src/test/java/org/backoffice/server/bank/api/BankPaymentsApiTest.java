package org.backoffice.server.bank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.server.bank.BankData;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Payments through the API: what posts, what waits, and every bad input refused by field with nothing moved. */
class BankPaymentsApiTest extends ApiTestSupport {
    private static final String MAKER = "pay.maker";

    @Autowired
    Banking banking;

    private BankData data;
    private CustomerAccount debtor;
    private CustomerAccount creditor;

    @BeforeEach
    void accounts() {
        ensureUser(MAKER, "OPERATOR", "HO");
        data = new BankData(banking);
        debtor = data.account(actor("operator.ho"), "HO", "USD");
        creditor = data.account(actor("operator.ho"), "HO", "USD");
        data.fund(actor("operator.ho"), actor("controller.ho"), debtor, "5000.00");
    }

    private String transfer(String amount) {
        return """
                {"debtorIban":"%s","creditorIban":"%s","currency":"USD","amount":"%s","reference":"rent"}
                """.formatted(debtor.iban(), creditor.iban(), amount);
    }

    @Test
    void aTransferBelowTheThresholdPostsWithItsNumberAndTheCutOffsValueDate() {
        HttpResponse<String> response = as(MAKER).post("/api/bank/transfers", transfer("125.50"));

        JsonNode payment = json(response, 201);
        assertThat(text(payment, "type")).isEqualTo("InternalTransfer");
        assertThat(text(payment, "status")).isEqualTo("POSTED");
        assertThat(text(payment, "number")).matches("IT-HO-\\d{4}-\\d{6}");
        assertThat(text(payment, "valueDate"))
                .isEqualTo(banking.payments().valueDates().earliest().toString());
        assertThat(text(payment, "amount")).isEqualTo("125.50");
        assertThat(text(payment.get("body"), "amount")).isEqualTo("125.50");
        assertThat(text(payment.get("body"), "creditorIban"))
                .isEqualTo(creditor.iban().value());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/documents/" + text(payment, "id"));
        assertThat(data.balance(debtor)).isEqualTo(500_000 - 12_550);
        assertThat(data.balance(creditor)).isEqualTo(12_550);
    }

    @Test
    void aTransferAtTheThresholdWaitsForAControllerAndThenPosts() {
        data.fund(actor("operator.ho"), actor("controller.ho"), debtor, "6000.00");
        JsonNode payment = json(as(MAKER).post("/api/bank/transfers", transfer("10000.00")), 201);

        assertThat(text(payment, "status")).isEqualTo("SUBMITTED");
        assertThat(text(payment.get("links"), "approve")).endsWith("/approve");
        assertThat(data.balance(creditor)).isZero();

        JsonNode approved =
                json(as("controller.ho").post("/api/documents/" + text(payment, "id") + "/approve", "{}"), 200);

        assertThat(text(approved, "status")).isEqualTo("POSTED");
        assertThat(data.balance(creditor)).isEqualTo(1_000_000);
    }

    @Test
    void anOutgoingPaymentPostsToClearing() {
        JsonNode payment = json(as(MAKER).post("/api/bank/outgoing-payments", """
                {"debtorIban":"%s","creditorName":"Acme GmbH","creditorIban":"DE89 3704 0044 0532 0130 00",
                 "creditorBic":"COBADEFFXXX","currency":"USD","amount":"250.00","endToEndId":"INV-42"}
                """.formatted(debtor.iban())), 201);

        assertThat(text(payment, "number")).matches("OP-HO-\\d{4}-\\d{6}");
        assertThat(text(payment, "status")).isEqualTo("POSTED");
        assertThat(text(payment.get("body"), "creditorIban")).isEqualTo("DE89370400440532013000");
        assertThat(data.balance(debtor)).isEqualTo(500_000 - 25_000);
    }

    @Test
    void aConversionTakesTheDaysRateAndComputesTheBoughtAmount() {
        var client = banking.clients().get(actor("admin"), debtor.clientId());
        CustomerAccount euros = data.account(actor("operator.ho"), client, "EUR");
        banking.rates()
                .set(
                        actor("treasurer.ho"),
                        banking.payments().valueDates().earliest(),
                        "USD",
                        "EUR",
                        new BigDecimal("0.9213"));

        JsonNode payment =
                json(as(MAKER).post("/api/bank/conversions", """
                {"debitIban":"%s","creditIban":"%s","sellAmount":"100.05"}
                """.formatted(debtor.iban(), euros.iban())), 201);

        assertThat(text(payment, "number")).matches("FX-HO-\\d{4}-\\d{6}");
        assertThat(text(payment.get("body"), "rate")).isEqualTo("0.9213");
        assertThat(text(payment.get("body"), "buyAmount")).isEqualTo("92.18");
        assertThat(data.balance(euros)).isEqualTo(9_218);
    }

    @Test
    void aConversionWithoutARateIsRefusedOnTheRate() {
        var client = banking.clients().get(actor("admin"), debtor.clientId());
        CustomerAccount pounds = data.account(actor("operator.ho"), client, "GBP");

        // The demo bank sets the rates of its own day only: a week later, the table has none yet.
        LocalDate later = banking.payments().valueDates().earliest().plusWeeks(1);
        problem(
                as(MAKER).post("/api/bank/conversions", """
                        {"debitIban":"%s","creditIban":"%s","sellAmount":"10.00","valueDate":"%s"}
                        """.formatted(debtor.iban(), pounds.iban(), later)),
                422,
                "rate");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad check digits     | "debtorIban":"GB00DEMO40000000000001","creditorIban":"@C","currency":"USD","amount":"1.00" | debtorIban   | mod-97
            unknown account      | "debtorIban":"@D","creditorIban":"GB33BUKB20201555555555","currency":"USD","amount":"1.00" | creditorIban | no account
            insufficient funds   | "debtorIban":"@D","creditorIban":"@C","currency":"USD","amount":"5000.01"            | amount       | INSUFFICIENT_BALANCE
            currency mismatch    | "debtorIban":"@D","creditorIban":"@C","currency":"EUR","amount":"1.00"               | debtorIban,creditorIban | kept in USD
            too many decimals    | "debtorIban":"@D","creditorIban":"@C","currency":"USD","amount":"1.005"              | amount       | at most 2 decimal places
            not a number         | "debtorIban":"@D","creditorIban":"@C","currency":"USD","amount":"ten"                | amount       | decimal number
            missing amount       | "debtorIban":"@D","creditorIban":"@C","currency":"USD"                              | amount       | must be given
            missing creditor     | "debtorIban":"@D","currency":"USD","amount":"1.00"                                  | creditorIban | must be given
            same account         | "debtorIban":"@D","creditorIban":"@D","currency":"USD","amount":"1.00"               | creditorIban | must differ
            a past value date    | "debtorIban":"@D","creditorIban":"@C","currency":"USD","amount":"1.00","valueDate":"2020-01-01" | valueDate | past
            """)
    void aBadTransferIsRefusedByFieldAndMovesNothing(String name, String fields, String named, String says) {
        long madeBefore = documentsMadeBy(MAKER);
        String body = "{"
                + fields.replace("@D", debtor.iban().value())
                        .replace("@C", creditor.iban().value()) + "}";

        JsonNode problem = problem(as(MAKER).post("/api/bank/transfers", body), 422, named.split(","));

        assertThat(problem.get("errors").get(0).get("message").asString()).contains(says);
        assertThat(documentsMadeBy(MAKER)).isEqualTo(madeBefore);
        assertThat(data.balance(debtor)).isEqualTo(500_000);
        assertThat(data.balance(creditor)).isZero();
    }

    @Test
    void aFrozenOrClosedAccountTakesNoPayment() {
        banking.accounts().freeze(actor("operator.ho"), creditor.iban().value(), "court order");
        JsonNode frozen = problem(as(MAKER).post("/api/bank/transfers", transfer("1.00")), 422, "creditorIban");
        assertThat(frozen.get("errors").get(0).get("message").asString()).contains("is frozen");

        CustomerAccount empty = data.account(actor("operator.ho"), "HO", "USD");
        banking.accounts().close(actor("controller.ho"), empty.iban().value(), "client left");
        JsonNode closed = problem(
                as(MAKER)
                        .post(
                                "/api/bank/transfers",
                                transfer("1.00")
                                        .replace(
                                                creditor.iban().value(),
                                                empty.iban().value())),
                422,
                "creditorIban");
        assertThat(closed.get("errors").get(0).get("message").asString()).contains("is closed");
        assertThat(data.balance(debtor)).isEqualTo(500_000);
    }

    @Test
    void anOutgoingPaymentToABadIbanOrBicIsRefusedByField() {
        problem(
                as(MAKER).post("/api/bank/outgoing-payments", """
                        {"debtorIban":"%s","creditorName":"Acme","creditorIban":"DE89370400440532013001",
                         "creditorBic":"NOTABIC","currency":"USD","amount":"1.00","endToEndId":"E2E"}
                        """.formatted(debtor.iban())),
                422,
                "creditorIban",
                "creditorBic");
        assertThat(data.balance(debtor)).isEqualTo(500_000);
    }

    @Test
    void aRetryWithTheSameKeyMakesOnePaymentAndAnotherRequestWithItIsRefused() {
        long madeBefore = documentsMadeBy(MAKER);

        JsonNode first = json(
                as(MAKER).post("/api/bank/transfers", transfer("3.00"), "Idempotency-Key", "pay-once-" + debtor.iban()),
                201);
        HttpResponse<String> again =
                as(MAKER).post("/api/bank/transfers", transfer("3.00"), "Idempotency-Key", "pay-once-" + debtor.iban());

        assertThat(text(json(again, 201), "id")).isEqualTo(text(first, "id"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(documentsMadeBy(MAKER)).isEqualTo(madeBefore + 1);
        assertThat(data.balance(creditor)).isEqualTo(300);
        problem(
                as(MAKER).post("/api/bank/transfers", transfer("4.00"), "Idempotency-Key", "pay-once-" + debtor.iban()),
                422,
                "Idempotency-Key");
        assertThat(data.balance(creditor)).isEqualTo(300);
    }

    @Test
    void aControllerMayNotEnterAPaymentAndAnotherBranchsAccountIsNotTheirs() {
        problem(as("controller.ho").post("/api/bank/transfers", transfer("1.00")), 403);
        problem(as("operator.b1").post("/api/bank/transfers", transfer("1.00")), 422, "debtorIban");
        assertThat(data.balance(debtor)).isEqualTo(500_000);
    }

    @Test
    void aBodyThatCannotBeReadIsA400() {
        problem(as(MAKER).post("/api/bank/transfers", "{\"valueDate\":\"30.11.2026\"}"), 400, "valueDate");
        problem(as(MAKER).post("/api/bank/transfers", "{not json"), 400);
    }
}
