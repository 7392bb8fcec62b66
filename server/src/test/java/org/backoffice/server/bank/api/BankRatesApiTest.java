package org.backoffice.server.bank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.backoffice.banking.Banking;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The rate table through the API: a treasurer sets it, everyone reads it, bad input is refused by field. */
class BankRatesApiTest extends ApiTestSupport {
    /** A day of its own, far from the days other tests set rates for. */
    private static final LocalDate DAY = LocalDate.of(2031, 3, 14);

    @Autowired
    Banking banking;

    @Test
    void aTreasurerSetsARateAndReplacesItAndEveryoneReadsTheTable() {
        JsonNode set = json(as("treasurer.ho").post("/api/bank/rates", """
                {"date":"%s","base":"GBP","quote":"USD","rate":"1.2710"}
                """.formatted(DAY)), 200);
        assertThat(text(set, "rate")).isEqualTo("1.271");

        json(as("treasurer.ho").put("/api/bank/rates/" + DAY + "/GBP/USD", "{\"rate\":\"1.2655\"}"), 200);

        JsonNode table = json(as("operator.b1").get("/api/bank/rates?date=" + DAY.plusDays(3)), 200);
        assertThat(text(table, "asOf")).isEqualTo(DAY.plusDays(3).toString());
        assertThat(text(table, "setOn")).isEqualTo(DAY.toString());
        assertThat(table.get("rates").size()).isEqualTo(1);
        assertThat(text(table.get("rates").get(0), "rate")).isEqualTo("1.2655");
        assertThat(banking.rates().rate(DAY, "USD", "GBP").orElseThrow()).isEqualByComparingTo("0.7902015014");
    }

    @Test
    void onlyATreasurerOrAnAdministratorSetsRates() {
        problem(as("operator.ho").post("/api/bank/rates", """
                {"date":"%s","base":"EUR","quote":"USD","rate":"9.99"}
                """.formatted(DAY.minusDays(1))), 403);
        problem(
                as("controller.ho").put("/api/bank/rates/" + DAY.minusDays(1) + "/EUR/USD", "{\"rate\":\"9.99\"}"),
                403);

        assertThat(banking.rates().rate(DAY.minusDays(1), "EUR", "USD")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative rate    | "date":"2031-03-01","base":"EUR","quote":"USD","rate":"-1"     | rate
            zero rate        | "date":"2031-03-01","base":"EUR","quote":"USD","rate":"0"      | rate
            not a number     | "date":"2031-03-01","base":"EUR","quote":"USD","rate":"abc"    | rate
            same currency    | "date":"2031-03-01","base":"EUR","quote":"EUR","rate":"1"      | quote
            unknown currency | "date":"2031-03-01","base":"XYZ","quote":"USD","rate":"1"      | base
            no date          | "base":"EUR","quote":"USD","rate":"1"                          | date
            """)
    void aBadRateIsRefusedByFieldAndSetsNothing(String name, String fields, String field) {
        problem(as("treasurer.ho").post("/api/bank/rates", "{" + fields + "}"), 422, field);

        assertThat(banking.rates().table(LocalDate.of(2031, 3, 1)).stream().filter(r -> r[0].equals("2031-03-01")))
                .isEmpty();
    }

    @Test
    void aBadDateIsA400() {
        problem(as("treasurer.ho").put("/api/bank/rates/2031-02-30/EUR/USD", "{\"rate\":\"1\"}"), 400, "date");
        problem(as("operator.ho").get("/api/bank/rates?date=tomorrow"), 400, "date");
    }
}
