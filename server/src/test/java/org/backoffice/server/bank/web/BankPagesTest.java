package org.backoffice.server.bank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.AccountStatus;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.client.Client;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.server.bank.BankData;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/** The bank's pages over HTTP: the forms with their field errors, and that a refused form changes nothing. */
class BankPagesTest extends WebTest {
    @Autowired
    Banking banking;

    private BankData data;

    @BeforeEach
    void data() {
        data = new BankData(banking);
    }

    private long clients() {
        return banking.clients().list(users.actor("admin"), null, null, 0, 1).total();
    }

    private long documentsBy(String maker) {
        return platform.documents()
                .list(users.actor("admin"), new DocumentQuery(null, null, null, maker, null, null, null, null, 0, 1))
                .total();
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    /** The message shown under an input, or null. */
    private static String errorAt(String html, String input) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(input) + "-error\">([^<]*)<")
                .matcher(html);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void aPersonWithMistakesComesBackWithMessagesAtTheInputsAndIsNotTakenOn() {
        PageClient operator = as("operator.ho");
        operator.get("/bank/clients/new");
        long before = clients();

        HttpResponse<String> refused = operator.post(
                "/bank/clients/new",
                form(
                        "kind",
                        "PERSON",
                        "branch",
                        "HO",
                        "givenNames",
                        "Tom",
                        "familyName",
                        "",
                        "birthDate",
                        today().minusYears(10).toString(),
                        "idDocument",
                        "P1",
                        "address",
                        "1 Lane",
                        "country",
                        "gb"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(errorAt(refused.body(), "familyName")).isEqualTo("must be given");
        assertThat(errorAt(refused.body(), "birthDate")).isEqualTo("the client must be at least 16 years old");
        assertThat(refused.body()).contains("The client was not taken on.", "value=\"Tom\"", "aria-invalid=\"true\"");
        assertThat(clients()).isEqualTo(before);
    }

    @Test
    void aPersonIsTakenOnAndAnAccountOpenedForThem() {
        PageClient operator = as("operator.ho");
        operator.get("/bank/clients/new");
        String family = "Weber" + System.nanoTime();

        HttpResponse<String> created = operator.post(
                "/bank/clients/new",
                form(
                        "kind",
                        "PERSON",
                        "branch",
                        "HO",
                        "givenNames",
                        "Ilse",
                        "familyName",
                        family,
                        "birthDate",
                        "1970-02-03",
                        "idDocument",
                        "C01X00T47",
                        "address",
                        "5 Mill Lane, York",
                        "country",
                        "GB"));

        assertThat(created.statusCode()).isEqualTo(302);
        String clientPath = created.headers().firstValue("Location").orElseThrow();
        assertThat(clientPath).matches(".*/bank/clients/\\d+");
        assertThat(operator.followed().body()).contains("Ilse " + family, "taken on", "No accounts yet.");
        assertThat(operator.get("/bank/clients?q=" + family.toLowerCase()).body())
                .contains("Ilse " + family);

        String openPath = clientPath.replaceFirst("^https?://[^/]+", "") + "/accounts/new";
        operator.get(openPath);
        HttpResponse<String> badProduct = operator.post(openPath, form("currency", "USD", "product", "GOLD"));
        assertThat(badProduct.statusCode()).isEqualTo(400);
        assertThat(errorAt(badProduct.body(), "product")).startsWith("must be one of [CURRENT, DEPOSIT]");

        HttpResponse<String> opened = operator.post(openPath, form("currency", "EUR", "product", "CURRENT"));
        assertThat(opened.statusCode()).isEqualTo(302);
        String iban = opened.headers().firstValue("Location").orElseThrow().replaceFirst(".*/bank/accounts/", "");
        CustomerAccount account = banking.accounts().get(users.actor("admin"), iban);
        assertThat(account.currency()).isEqualTo("EUR");
        assertThat(operator.followed().body())
                .contains(account.iban().printed(), "0.00 EUR", "OPEN", "Download PDF", "freeze-form")
                .doesNotContain("unfreeze-form");
        assertThat(operator.get(clientPath.replaceFirst("^https?://[^/]+", "")).body())
                .contains(account.iban().printed());
    }

    @Test
    void anOperatorFreezesWithAReasonAndOnlyAControllerIsOfferedTheUnfreeze() {
        CustomerAccount account = data.account(users.actor("operator.ho"), "HO", "USD");
        String page = "/bank/accounts/" + account.iban();
        PageClient operator = as("operator.ho");
        operator.get(page);

        HttpResponse<String> noReason = operator.post(page + "/freeze", form("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(302);
        assertThat(operator.followed().body()).contains("reason: must say why");
        assertThat(banking.accounts()
                        .get(users.actor("admin"), account.iban().value())
                        .status())
                .isEqualTo(AccountStatus.OPEN);

        operator.post(page + "/freeze", form("reason", "Lost card reported"));
        assertThat(operator.followed().body()).contains("is frozen.", "FROZEN", "Lost card reported");
        assertThat(operator.get(page).body()).doesNotContain("unfreeze-form");
        assertThat(operator.post(page + "/unfreeze", form("reason", "found it")).statusCode())
                .isEqualTo(403);
        assertThat(banking.accounts()
                        .get(users.actor("admin"), account.iban().value())
                        .status())
                .isEqualTo(AccountStatus.FROZEN);

        PageClient controller = as("controller.ho");
        assertThat(controller.get(page).body()).contains("unfreeze-form");
        controller.post(page + "/unfreeze", form("reason", "Card found"));
        assertThat(banking.accounts()
                        .get(users.actor("admin"), account.iban().value())
                        .status())
                .isEqualTo(AccountStatus.OPEN);
    }

    @Test
    void aTransferWithMistakesComesBackWithMessagesAndMovesNothing() {
        CustomerAccount debtor = data.account(users.actor("operator.ho"), "HO", "USD");
        CustomerAccount creditor = data.account(users.actor("operator.ho"), "HO", "USD");
        data.fund(users.actor("operator.ho"), users.actor("controller.ho"), debtor, "100.00");
        PageClient operator = as("operator.ho");
        String blank =
                operator.get("/bank/payments/transfer?from=" + debtor.iban()).body();
        assertThat(blank)
                .contains(
                        "value-date-note",
                        banking.payments().valueDates().earliest().toString());
        assertThat(blank).contains("value=\"" + debtor.iban() + "\"");
        long before = documentsBy("operator.ho");

        HttpResponse<String> refused = transfer(operator, debtor.iban().value(), "GB00DEMO40000000000001", "1.005");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(errorAt(refused.body(), "amount")).isEqualTo("must have at most 2 decimal places for USD");
        refused = transfer(operator, debtor.iban().value(), "GB00DEMO40000000000001", "1.00");
        assertThat(errorAt(refused.body(), "creditorIban")).contains("mod-97");
        refused = transfer(operator, debtor.iban().value(), creditor.iban().value(), "100.01");
        assertThat(errorAt(refused.body(), "amount")).contains("INSUFFICIENT_BALANCE");
        assertThat(documentsBy("operator.ho")).isEqualTo(before);
        assertThat(data.balance(debtor)).isEqualTo(10_000);
    }

    @Test
    void aTransferSentTwiceMakesOnePaymentAndShowsItsValueDate() {
        CustomerAccount debtor = data.account(users.actor("operator.ho"), "HO", "USD");
        CustomerAccount creditor = data.account(users.actor("operator.ho"), "HO", "USD");
        data.fund(users.actor("operator.ho"), users.actor("controller.ho"), debtor, "100.00");
        PageClient operator = as("operator.ho");
        operator.get("/bank/payments/transfer");
        Map<String, String> order = form(
                "formKey",
                "twice-" + System.nanoTime(),
                "debtorIban",
                debtor.iban().printed(),
                "creditorIban",
                creditor.iban().value(),
                "currency",
                "USD",
                "amount",
                "40.00",
                "reference",
                "Invoice 7");

        HttpResponse<String> sent = operator.post("/bank/payments/transfer", order);
        assertThat(sent.statusCode()).isEqualTo(302);
        String shown = operator.followed().body();
        HttpResponse<String> again = operator.post("/bank/payments/transfer", order);

        assertThat(again.headers().firstValue("Location"))
                .isEqualTo(sent.headers().firstValue("Location"));
        assertThat(shown)
                .containsPattern("Submitted as IT-HO-\\d{4}-\\d{6} with value date "
                        + banking.payments().valueDates().earliest() + " and posted.");
        assertThat(data.balance(creditor)).isEqualTo(4_000);
        String statement = operator.get("/bank/accounts/" + creditor.iban()).body();
        assertThat(statement).containsPattern("IT-HO-\\d{4}-\\d{6}").contains("40.00 USD");
    }

    @Test
    void anOutgoingPaymentWithABadBicIsRefusedAtTheBic() {
        CustomerAccount debtor = data.account(users.actor("operator.ho"), "HO", "USD");
        PageClient operator = as("operator.ho");
        operator.get("/bank/payments/outgoing");

        HttpResponse<String> refused = operator.post(
                "/bank/payments/outgoing",
                form(
                        "formKey",
                        "o-" + System.nanoTime(),
                        "debtorIban",
                        debtor.iban().value(),
                        "creditorName",
                        "Acme",
                        "creditorIban",
                        "DE89370400440532013000",
                        "creditorBic",
                        "DEMOGB2L",
                        "currency",
                        "USD",
                        "amount",
                        "5.00",
                        "endToEndId",
                        "E2E-1"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(errorAt(refused.body(), "creditorBic"))
                .isEqualTo("is this bank: pay its clients by internal transfer");
        assertThat(refused.body()).contains("value=\"Acme\"");
    }

    @Test
    void theConversionFormQuotesTheDaysRateAndTheBoughtAmount() {
        Client client = data.person(users.actor("operator.ho"), "HO", "Quote");
        CustomerAccount dollars = data.account(users.actor("operator.ho"), client, "USD");
        CustomerAccount euros = data.account(users.actor("operator.ho"), client, "EUR");
        banking.rates()
                .set(
                        users.actor("treasurer.ho"),
                        banking.payments().valueDates().earliest(),
                        "USD",
                        "EUR",
                        new BigDecimal("0.8"));

        String quote = as("operator.ho")
                .get("/bank/payments/conversion/quote?debitIban=" + dollars.iban() + "&creditIban=" + euros.iban()
                        + "&sellAmount=100.00&valueDate=")
                .body();

        assertThat(quote).contains("Rate USD/EUR", ": 0.8", "Buys 80.00 EUR");
        assertThat(quote).doesNotContain("<html");
        assertThat(as("operator.ho")
                        .get("/bank/payments/conversion/quote?debitIban=x&creditIban=y")
                        .body())
                .contains("Enter both accounts");
    }

    @Test
    void aTreasurerSetsARateAndABadOneIsRefusedAtItsInput() {
        PageClient treasurer = as("treasurer.ho");
        treasurer.get("/bank/rates");

        HttpResponse<String> refused =
                treasurer.post("/bank/rates", form("date", "2032-01-05", "base", "EUR", "quote", "EUR", "rate", "1"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(errorAt(refused.body(), "quote")).isEqualTo("must differ from the base currency");
        assertThat(banking.rates().table(java.time.LocalDate.of(2032, 1, 5)))
                .noneMatch(row -> row[0].equals("2032-01-05"));

        HttpResponse<String> set = treasurer.post(
                "/bank/rates", form("date", "2032-01-05", "base", "EUR", "quote", "GBP", "rate", "0.8612"));
        assertThat(set.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/bank/rates?date=2032-01-05"));
        // The redirect keeps the day, and the notice waits for that address.
        assertThat(treasurer.get("/bank/rates?date=2032-01-05").body())
                .contains("EUR/GBP for 2032-01-05 set to 0.8612.", "data-pair=\"EUR/GBP\"", "0.8612");

        PageClient operator = as("operator.ho");
        assertThat(operator.get("/bank/rates").body()).doesNotContain("rate-form");
        assertThat(operator.post("/bank/rates", form("date", "2032-01-06", "base", "EUR", "quote", "GBP", "rate", "9"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(banking.rates().table(java.time.LocalDate.of(2032, 1, 6)).getFirst()[3])
                .isEqualTo("0.8612");
    }

    @Test
    void thePaymentsOverviewCountsTheDaysPaymentsByHour() {
        CustomerAccount debtor = data.account(users.actor("operator.ho"), "HO", "EUR");
        CustomerAccount creditor = data.account(users.actor("operator.ho"), "HO", "EUR");
        data.fund(users.actor("operator.ho"), users.actor("controller.ho"), debtor, "50.00");
        String before = as("controller.ho")
                .get("/bank/payments/volumes.json?currency=EUR", "Accept", "application/json")
                .body();
        banking.payments()
                .transfer(
                        users.actor("operator.ho"),
                        new org.backoffice.banking.payment.TransferOrder(
                                debtor.iban().value(),
                                creditor.iban().value(),
                                "EUR",
                                new BigDecimal("12.50"),
                                null,
                                null),
                        true,
                        null);
        int hour = java.time.ZonedDateTime.now(banking.settings().zone()).getHour();

        String after = as("controller.ho")
                .get("/bank/payments/volumes.json?currency=EUR", "Accept", "application/json")
                .body();

        assertThat(after).isNotEqualTo(before).contains("\"type\":\"InternalTransfer\"");
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(after);
        var transfers = json.get("series").get(0);
        var earlier = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(before)
                .get("series")
                .get(0);
        assertThat(transfers.get("counts").get(hour).asInt())
                .isEqualTo(earlier.get("counts").get(hour).asInt() + 1);
        assertThat(transfers.get("amounts").get(hour).decimalValue())
                .isEqualByComparingTo(
                        earlier.get("amounts").get(hour).decimalValue().add(new BigDecimal("12.50")));
        assertThat(as("controller.ho").get("/bank/payments").body()).contains("volumes-chart", "IT-HO-");
        assertThat(as("controller.ho")
                        .get("/bank/payments/volumes.json?date=bad", "Accept", "application/json")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theClientStatementPdfHasTheBankTheClientTheIbanAndThePayment() throws IOException {
        Client client = data.person(users.actor("operator.ho"), "HO", "Statement");
        CustomerAccount account = data.account(users.actor("operator.ho"), client, "USD");
        data.fund(users.actor("operator.ho"), users.actor("controller.ho"), account, "321.45");

        HttpResponse<byte[]> pdf = as("operator.ho").bytes("/bank/accounts/" + account.iban() + "/statement.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", ".pdf"));
        PdfReader reader = new PdfReader(pdf.body());
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text)
                    .contains(
                            "Demo Bank",
                            client.name(),
                            "1 High Street",
                            account.iban().printed(),
                            "321.45");
            assertThat(text).containsPattern("JV-HO-\\d{4}-\\d{6}");
        } finally {
            reader.close();
        }
        assertThat(as("operator.b1")
                        .bytes("/bank/accounts/" + account.iban() + "/statement.pdf")
                        .statusCode())
                .isEqualTo(404);
        assertThat(as("operator.ho")
                        .bytes("/bank/accounts/" + account.iban() + "/statement.pdf?from=2026-12-01&to=2026-11-01")
                        .statusCode())
                .isEqualTo(400);
    }

    /** Posts the transfer form of a USD amount between two accounts, as a new form (its own key). */
    private static HttpResponse<String> transfer(
            PageClient operator, String debtorIban, String creditorIban, String amount) {
        return operator.post(
                "/bank/payments/transfer",
                form(
                        "formKey",
                        "k-" + System.nanoTime(),
                        "debtorIban",
                        debtorIban,
                        "creditorIban",
                        creditorIban,
                        "currency",
                        "USD",
                        "amount",
                        amount));
    }
}
