package org.backoffice.server.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class AccountsApiTest extends ApiTestSupport {
    @Test
    void theListHoldsTheCallersBranchesAccountsWithTheirBalances() {
        JsonNode page = json(as("operator.ho").get("/api/accounts?size=1000"), 200);

        assertThat(page.get("items").valueStream().map(a -> text(a, "branch")))
                .isNotEmpty()
                .containsOnly("HO");
        JsonNode cash = item(page, "HO-1010-USD");
        assertThat(text(cash, "name")).isEqualTo("Cash on hand");
        assertThat(text(cash, "asset")).isEqualTo("USD");
        assertThat(text(cash, "chartCode")).isEqualTo("1010");
        assertThat(text(cash, "normalSide")).isEqualTo("DEBIT");
        assertThat(text(cash, "limit")).isEqualTo("CREDITS_MUST_NOT_EXCEED_DEBITS");
        assertThat(new BigDecimal(text(cash, "balance")).movePointRight(2).longValueExact())
                .isEqualTo(balance("HO-1010-USD"))
                .isPositive();
        assertThat(text(item(page, "HO-2910-USD"), "limit")).isEqualTo("NONE");
        assertThat(text(item(page, "HO-2910-USD"), "normalSide")).isEqualTo("CREDIT");
    }

    @Test
    void theListFiltersByBranchAndAssetAndPages() {
        JsonNode euros = json(as("admin").get("/api/accounts?branch=B1&asset=EUR&size=200"), 200);
        List<String> all = numbers(euros);
        assertThat(all).contains("B1-1010-EUR", "B1-2910-EUR").allMatch(n -> n.startsWith("B1-") && n.contains("-EUR"));
        assertThat(all).isSorted();
        assertThat(euros.get("total").asLong()).isEqualTo(all.size());

        JsonNode second = json(as("admin").get("/api/accounts?branch=B1&asset=EUR&page=1&size=1"), 200);
        assertThat(numbers(second)).containsExactly(all.get(1));
        assertThat(second.get("total").asLong()).isEqualTo(all.size());

        assertThat(json(as("operator.ho").get("/api/accounts?branch=B1"), 200)
                        .get("total")
                        .asLong())
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            page=-1    | page
            page=x     | page
            size=0     | size
            size=1001  | size
            size=2.5   | size
            """)
    void badPagingIsA400NamingTheParameter(String query, String field) {
        problem(as("operator.ho").get("/api/accounts?" + query), 400, field);
    }

    @Test
    void oneAccountIsFoundInTheCallersBranchesOnly() {
        JsonNode account = json(as("operator.b1").get("/api/accounts/B1-1010-USD"), 200);
        assertThat(text(account, "number")).isEqualTo("B1-1010-USD");
        assertThat(text(account, "branch")).isEqualTo("B1");

        problem(as("operator.b1").get("/api/accounts/HO-1010-USD"), 404);
        problem(as("operator.b1").get("/api/accounts/B1-9999-USD"), 404);
    }

    @Test
    void theBalanceGivesPostedAndPendingTotalsNowAndAsOfADate() {
        long before = balance("HO-5030-USD");
        voucher("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "2.50", true);

        JsonNode now = json(as("operator.ho").get("/api/accounts/HO-5030-USD/balance"), 200);
        assertThat(text(now, "account")).isEqualTo("HO-5030-USD");
        assertThat(now.get("asOf").isNull()).isTrue();
        assertThat(cents(text(now, "balance"))).isEqualTo(before + 250);
        assertThat(cents(text(now, "debitsPosted")) - cents(text(now, "creditsPosted")))
                .isEqualTo(before + 250);
        assertThat(text(now, "debitsPending")).isEqualTo("0.00");

        JsonNode yesterday =
                json(as("operator.ho").get("/api/accounts/HO-5030-USD/balance?asOf=" + today().minusDays(1)), 200);
        assertThat(text(yesterday, "asOf")).isEqualTo(today().minusDays(1).toString());
        assertThat(cents(text(yesterday, "balance"))).isLessThan(before + 250);
        JsonNode beforeTheDemo = json(as("operator.ho").get("/api/accounts/HO-5030-USD/balance?asOf=2000-01-01"), 200);
        assertThat(text(beforeTheDemo, "balance")).isEqualTo("0.00");
    }

    @ParameterizedTest(name = "asOf={0}")
    @CsvSource({"2026-02-30", "2026-1-5", "yesterday", "20260105"})
    void aBalanceAsOfSomethingThatIsNotADateIsA400(String asOf) {
        problem(as("operator.ho").get("/api/accounts/HO-5030-USD/balance?asOf=" + asOf), 400, "asOf");
    }

    @Test
    void theBalanceOfAnAccountElsewhereIsNotFound() {
        problem(as("operator.ho").get("/api/accounts/B1-5030-USD/balance"), 404);
    }

    @Test
    void theStatementPagesThroughEveryLineWithARunningBalance() {
        JsonNode first = json(as("controller.b1").get("/api/accounts/B1-1010-USD/statement?size=3"), 200);
        List<JsonNode> lines = new ArrayList<>();
        first.get("lines").forEach(lines::add);
        assertThat(first.get("lines").size()).isEqualTo(3);
        assertThat(text(first, "openingBalance")).isEqualTo("0.00");
        String next = text(first, "next");
        int pages = 1;
        while (next != null) {
            JsonNode page =
                    json(as("controller.b1").get("/api/accounts/B1-1010-USD/statement?size=3&cursor=" + next), 200);
            assertThat(text(page, "openingBalance")).isEqualTo(text(lines.get(lines.size() - 1), "balanceAfter"));
            page.get("lines").forEach(lines::add);
            next = text(page, "next");
            pages++;
        }

        assertThat(pages).isGreaterThan(2);
        long running = 0;
        for (JsonNode line : lines) {
            long amount = cents(text(line, "amount"));
            running += text(line, "side").equals("DEBIT") ? amount : -amount;
            assertThat(cents(text(line, "balanceAfter"))).isEqualTo(running);
        }
        assertThat(running).isEqualTo(balance("B1-1010-USD"));
        assertThat(text(lines.get(0), "counterAccount")).isEqualTo("B1-3010-USD");
        assertThat(text(lines.get(0), "amount")).isEqualTo("80000.00");
    }

    @Test
    void theStatementIsLimitedToTheBookingDates() {
        JsonNode none =
                json(as("controller.b1").get("/api/accounts/B1-1010-USD/statement?from=2000-01-01&to=2000-12-31"), 200);
        assertThat(none.get("lines").isEmpty()).isTrue();
        assertThat(none.get("next").isNull()).isTrue();

        JsonNode today = json(
                as("controller.b1")
                        .get("/api/accounts/B1-1010-USD/statement?from=" + today() + "&to=" + today() + "&size=1000"),
                200);
        assertThat(today.get("lines").size()).isPositive();
        assertThat(text(today, "from")).isEqualTo(today().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cursor=garbage                       | cursor
            cursor=MTox                          | cursor
            from=2026-02-30                      | from
            to=tomorrow                          | to
            from=2026-03-02&to=2026-03-01        | from
            size=0                               | size
            size=1001                            | size
            """)
    void badStatementParametersAreA400NamingTheParameter(String query, String field) {
        problem(as("controller.b1").get("/api/accounts/B1-1010-USD/statement?" + query), 400, field);
    }

    @Test
    void theStatementOfAnAccountElsewhereIsNotFound() {
        problem(as("controller.b1").get("/api/accounts/HO-1010-USD/statement"), 404);
    }

    @Test
    void anAccountantOpensAnAccountInTheirBranch() {
        HttpResponse<String> response = as("accountant.ho").post("/api/accounts", """
                        {"branch":"HO","chartCode":"2020","asset":"USD","suffix":"A01","name":"Deposit A01","limit":"DEBITS_MUST_NOT_EXCEED_CREDITS"}
                        """);

        JsonNode account = json(response, 201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/accounts/HO-2020-USD-A01");
        assertThat(text(account, "number")).isEqualTo("HO-2020-USD-A01");
        assertThat(text(account, "normalSide")).isEqualTo("CREDIT");
        assertThat(text(account, "balance")).isEqualTo("0.00");
        json(as("accountant.ho").get("/api/accounts/HO-2020-USD-A01"), 200);
        problem(as("accountant.ho").post("/api/accounts", """
                                {"branch":"HO","chartCode":"2020","asset":"USD","suffix":"A01","name":"Again","limit":"NONE"}
                                """), 409);
    }

    @Test
    void openingAnAccountIsForAdministratorsAndAccountantsInTheirBranches() {
        String body = """
                {"branch":"%s","chartCode":"2020","asset":"USD","suffix":"%s","name":"Deposit","limit":"NONE"}
                """;
        problem(as("operator.ho").post("/api/accounts", body.formatted("HO", "X01")), 403);
        problem(as("controller.ho").post("/api/accounts", body.formatted("HO", "X02")), 403);
        problem(as("accountant.ho").post("/api/accounts", body.formatted("B1", "X03")), 403);
        json(as("admin").post("/api/accounts", body.formatted("B2", "X04")), 201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown chart code | {"branch":"HO","chartCode":"9999","asset":"USD","name":"N","limit":"NONE"}             | chartCode
            unknown asset      | {"branch":"HO","chartCode":"2020","asset":"XAU","name":"N","limit":"NONE"}             | asset
            unknown branch     | {"branch":"B9","chartCode":"2020","asset":"USD","name":"N","limit":"NONE"}             | branch
            bad suffix         | {"branch":"HO","chartCode":"2020","asset":"USD","suffix":"a b","name":"N","limit":"NONE"} | suffix
            missing name       | {"branch":"HO","chartCode":"2020","asset":"USD","limit":"NONE"}                        | name
            missing limit      | {"branch":"HO","chartCode":"2020","asset":"USD","name":"N"}                            | limit
            unknown limit      | {"branch":"HO","chartCode":"2020","asset":"USD","name":"N","limit":"SOME"}             | limit
            unknown field      | {"branch":"HO","chartCode":"2020","asset":"USD","name":"N","limit":"NONE","owner":"x"} | owner
            """)
    void aBadAccountIsA400NamingTheField(String why, String body, String field) {
        problem(as("admin").post("/api/accounts", body), 400, field);
    }

    @Test
    void aRetriedOpeningAnswersTheSameAccountAndOpensNothingTwice() {
        String body = """
                {"branch":"HO","chartCode":"2020","asset":"USD","suffix":"R01","name":"Retried","limit":"NONE"}
                """;
        HttpResponse<String> first = as("admin").post("/api/accounts", body, "Idempotency-Key", "open-r01");
        HttpResponse<String> retry = as("admin").post("/api/accounts", body, "Idempotency-Key", "open-r01");

        json(first, 201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("Location")).hasValue("/api/accounts/HO-2020-USD-R01");
        assertThat(retry.body()).isEqualTo(first.body());
        problem(
                as("admin").post("/api/accounts", body.replace("R01", "R02"), "Idempotency-Key", "open-r01"),
                422,
                "Idempotency-Key");
        problem(as("admin").get("/api/accounts/HO-2020-USD-R02"), 404);
    }

    private static JsonNode item(JsonNode page, String number) {
        for (JsonNode item : page.get("items")) {
            if (number.equals(text(item, "number"))) {
                return item;
            }
        }
        throw new AssertionError(number + " is not in " + page);
    }

    private static List<String> numbers(JsonNode page) {
        return page.get("items").valueStream().map(a -> text(a, "number")).toList();
    }

    private static long cents(String decimal) {
        return new BigDecimal(decimal).movePointRight(2).longValueExact();
    }
}
