package org.backoffice.server.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backoffice.platform.document.Document;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class JournalVouchersApiTest extends ApiTestSupport {
    private static final String MAKER = "jv.maker";

    @BeforeEach
    void maker() {
        ensureUser(MAKER, "OPERATOR", "HO");
    }

    @Test
    void aDraftIsCreatedWithItsLocationVersionAndDecimalAmounts() {
        HttpResponse<String> response =
                as(MAKER).post("/api/journal-vouchers", voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "12.30"));

        JsonNode document = json(response, 201);
        String id = text(document, "id");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/documents/" + id);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(text(document, "type")).isEqualTo("JournalVoucher");
        assertThat(text(document, "status")).isEqualTo("DRAFT");
        assertThat(text(document, "number")).isNull();
        assertThat(text(document, "maker")).isEqualTo(MAKER);
        assertThat(text(document, "amount")).isEqualTo("12.30");
        assertThat(text(document, "date")).isEqualTo(today().toString());
        assertThat(document.get("version").asInt()).isEqualTo(1);
        JsonNode line = document.get("body").get("lines").get(1);
        assertThat(text(line, "account")).isEqualTo("HO-2910-USD");
        assertThat(text(line, "side")).isEqualTo("CREDIT");
        assertThat(text(line, "amount")).isEqualTo("12.30");
        assertThat(text(document.get("body"), "narrative")).isEqualTo("api test");
        assertThat(text(document.get("links"), "submit")).isEqualTo("/api/documents/" + id + "/submit");
        assertThat(text(document.get("links"), "edit")).isEqualTo("/api/journal-vouchers/" + id);
    }

    @Test
    void submittedBelowTheThresholdItPostsAtOnceWithANumber() {
        long before = balance("HO-5030-USD");

        JsonNode document = json(
                as(MAKER)
                        .post(
                                "/api/journal-vouchers?submit=true",
                                voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "9999.99")),
                201);

        assertThat(text(document, "status")).isEqualTo("POSTED");
        assertThat(text(document, "number")).matches("JV-HO-\\d{4}-\\d{6}");
        assertThat(balance("HO-5030-USD")).isEqualTo(before + 999_999);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            too many decimals    | "lines":[{"account":"HO-5030-USD","side":"DEBIT","amount":"1.005"},{"account":"HO-2910-USD","side":"CREDIT","amount":"1.00"}] | lines[0].amount
            not a number         | "lines":[{"account":"HO-5030-USD","side":"DEBIT","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"ten"}] | lines[1].amount
            missing amount       | "lines":[{"account":"HO-5030-USD","side":"DEBIT","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT"}] | lines[1].amount
            zero amount          | "lines":[{"account":"HO-5030-USD","side":"DEBIT","amount":"0.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"0.00"}] | lines[0].amount,lines[1].amount
            unknown account      | "lines":[{"account":"HO-9999-USD","side":"DEBIT","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"1.00"}] | lines[0].account
            other branch account | "lines":[{"account":"B1-5030-USD","side":"DEBIT","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"1.00"}] | lines[0].account
            other asset account  | "lines":[{"account":"HO-2910-EUR","side":"DEBIT","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"1.00"}] | lines[0].account
            unbalanced           | "lines":[{"account":"HO-5030-USD","side":"DEBIT","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"2.00"}] | lines
            one line only        | "lines":[{"account":"HO-5030-USD","side":"DEBIT","amount":"1.00"}] | lines
            missing side         | "lines":[{"account":"HO-5030-USD","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"1.00"}] | lines[0].side
            a null line          | "lines":[null,{"account":"HO-2910-USD","side":"CREDIT","amount":"1.00"}] | lines[0]
            """)
    void aVoucherThatBreaksItsRulesIsA422NamingEachField(String why, String lines, String fields) {
        String body = "{\"branch\":\"HO\",\"valueDate\":\"" + today() + "\",\"narrative\":\"bad\",\"asset\":\"USD\","
                + lines + "}";
        long made = documentsMadeBy(MAKER);

        problem(as(MAKER).post("/api/journal-vouchers?submit=true", body), 422, fields.split(","));

        assertThat(documentsMadeBy(MAKER)).isEqualTo(made);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing branch     | {"valueDate":"%s","narrative":"n","asset":"USD","lines":[]}                       | branch
            missing value date | {"branch":"HO","narrative":"n","asset":"USD","lines":[{"account":"HO-5030-USD","side":"DEBIT","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"1.00"}]} | valueDate
            missing narrative  | {"branch":"HO","valueDate":"%s","asset":"USD","lines":[{"account":"HO-5030-USD","side":"DEBIT","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"1.00"}]} | narrative
            unknown asset      | {"branch":"HO","valueDate":"%s","narrative":"n","asset":"XYZ","lines":[{"account":"HO-5030-USD","side":"DEBIT","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"1.00"}]} | asset
            """)
    void aMissingOrUnknownHeaderFieldIsA422NamingIt(String why, String template, String field) {
        problem(as(MAKER).post("/api/journal-vouchers", template.replace("%s", today().toString())), 422, field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown field     | {"branch":"HO","valueDate":"2026-01-05","narrative":"n","asset":"USD","lines":[],"colour":"red"} | colour
            an impossible date   | {"branch":"HO","valueDate":"2026-02-30","narrative":"n","asset":"USD","lines":[]}                | valueDate
            a date of wrong form | {"branch":"HO","valueDate":"05/01/2026","narrative":"n","asset":"USD","lines":[]}                | valueDate
            lines not a list     | {"branch":"HO","valueDate":"2026-01-05","narrative":"n","asset":"USD","lines":"many"}            | lines
            an unknown side      | {"branch":"HO","valueDate":"2026-01-05","narrative":"n","asset":"USD","lines":[{"side":"LEFT"}]} | lines[0].side
            an unknown line field| {"branch":"HO","valueDate":"2026-01-05","narrative":"n","asset":"USD","lines":[{"acount":"x"}]}  | lines[0].acount
            """)
    void aBodyThatCannotBeReadIsA400NamingTheField(String why, String body, String field) {
        problem(as(MAKER).post("/api/journal-vouchers", body), 400, field);
    }

    @Test
    void aSubmitFlagThatIsNotABooleanIsA400() {
        problem(
                as(MAKER)
                        .post(
                                "/api/journal-vouchers?submit=maybe",
                                voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "1.00")),
                400,
                "submit");
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstDocumentAndPostsNothingTwice() {
        String body = voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "7.77");
        long made = documentsMadeBy(MAKER);
        long before = balance("HO-5030-USD");

        HttpResponse<String> first =
                as(MAKER).post("/api/journal-vouchers?submit=true", body, "Idempotency-Key", "jv-retry-1");
        HttpResponse<String> retry = as(MAKER)
                .post(
                        "/api/journal-vouchers?submit=true",
                        body.replace("\n", " ").replace(",", " , "),
                        "Idempotency-Key",
                        "jv-retry-1");

        assertThat(json(first, 201).get("status").asString()).isEqualTo("POSTED");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(retry.body())).isEqualTo(JSON.readTree(first.body()));
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(documentsMadeBy(MAKER)).isEqualTo(made + 1);
        assertThat(balance("HO-5030-USD")).isEqualTo(before + 777);
    }

    @Test
    void concurrentDuplicatesMakeOneDocument() throws Exception {
        String body = voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "4.44");
        long made = documentsMadeBy(MAKER);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(clients.submit(
                        () -> as(MAKER).post("/api/journal-vouchers?submit=true", body, "Idempotency-Key", "jv-race")));
            }
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
        }

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
        assertThat(answers.stream()
                        .map(a -> text(JSON.readTree(a.body()), "id"))
                        .distinct())
                .hasSize(1);
        assertThat(documentsMadeBy(MAKER)).isEqualTo(made + 1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsA422() {
        as(MAKER)
                .post(
                        "/api/journal-vouchers?submit=true",
                        voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "1.00"),
                        "Idempotency-Key",
                        "jv-reused");
        long made = documentsMadeBy(MAKER);

        problem(
                as(MAKER)
                        .post(
                                "/api/journal-vouchers?submit=true",
                                voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "2.00"),
                                "Idempotency-Key",
                                "jv-reused"),
                422,
                "Idempotency-Key");
        assertThat(documentsMadeBy(MAKER)).isEqualTo(made);
    }

    @Test
    void keysAreKeptPerUser() {
        ensureUser("jv.maker.two", "OPERATOR", "HO");
        String body = voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "3.00");

        String first =
                text(json(as(MAKER).post("/api/journal-vouchers", body, "Idempotency-Key", "shared-key"), 201), "id");
        HttpResponse<String> other =
                as("jv.maker.two").post("/api/journal-vouchers", body, "Idempotency-Key", "shared-key");

        assertThat(text(json(other, 201), "id")).isNotEqualTo(first);
        assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void aKeyLongerThan200CharactersIsA400() {
        problem(
                as(MAKER)
                        .post(
                                "/api/journal-vouchers",
                                voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "1.00"),
                                "Idempotency-Key",
                                "k".repeat(201)),
                400,
                "Idempotency-Key");
    }

    @Test
    void aDraftIsReplacedAtTheVersionItWasMadeAgainst() {
        Document draft = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "5.00", false);

        HttpResponse<String> response = as(MAKER)
                .put(
                        "/api/journal-vouchers/" + draft.id(),
                        voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "6.50"),
                        "If-Match",
                        "\"1\"");

        JsonNode updated = json(response, 200);
        assertThat(updated.get("version").asInt()).isEqualTo(2);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(text(updated, "amount")).isEqualTo("6.50");
        assertThat(text(updated, "status")).isEqualTo("DRAFT");
    }

    @Test
    void aChangeWithoutIfMatchIsA428AndAStaleOneA412() {
        Document draft = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "5.00", false);
        String path = "/api/journal-vouchers/" + draft.id();
        String body = voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "6.00");

        problem(as(MAKER).put(path, body), 428, "If-Match");
        json(as(MAKER).put(path, body, "If-Match", "\"1\""), 200);
        problem(as(MAKER).put(path, body, "If-Match", "\"1\""), 412, "If-Match");
        problem(as(MAKER).put(path, body, "If-Match", "version one"), 400, "If-Match");
        assertThat(platform.documents()
                        .find(actor(MAKER), draft.id())
                        .orElseThrow()
                        .version())
                .isEqualTo(2);
    }

    @Test
    void changesAreRefusedWhereTheyMayNotBeMade() {
        Document draft = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "5.00", false);
        Document posted = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "5.00", true);
        String body = voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "6.00");

        problem(as("operator.ho").put("/api/journal-vouchers/" + draft.id(), body, "If-Match", "\"1\""), 403);
        problem(as("operator.b1").put("/api/journal-vouchers/" + draft.id(), body, "If-Match", "\"1\""), 404);
        problem(
                as(MAKER).put("/api/journal-vouchers/" + posted.id(), body, "If-Match", "\"" + posted.version() + "\""),
                409);
        problem(
                as(MAKER)
                        .put(
                                "/api/journal-vouchers/" + draft.id(),
                                voucherJson("B1", "B1-5030-USD", "B1-2910-USD", "6.00"),
                                "If-Match",
                                "\"1\""),
                422,
                "branch");
        problem(
                as(MAKER)
                        .put(
                                "/api/journal-vouchers/" + draft.id(),
                                voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "6.001"),
                                "If-Match",
                                "\"1\""),
                422,
                "lines[0].amount",
                "lines[1].amount");
        problem(as(MAKER).put("/api/journal-vouchers/12345", body, "If-Match", "\"1\""), 404);
        problem(as(MAKER).put("/api/journal-vouchers/twelve", body, "If-Match", "\"1\""), 400, "id");
    }

    @Test
    void onlyMakersMayCreateAndOnlyInTheirBranches() {
        problem(
                as("controller.ho")
                        .post("/api/journal-vouchers", voucherJson("HO", "HO-5030-USD", "HO-2910-USD", "1.00")),
                403);
        problem(
                as("operator.ho")
                        .post("/api/journal-vouchers", voucherJson("B1", "B1-5030-USD", "B1-2910-USD", "1.00")),
                403);
    }
}
