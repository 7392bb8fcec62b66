package org.backoffice.server.bank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.backoffice.server.Http;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * End of day through the API and the page, for a weekday long before the demo's history, so that
 * closing it leaves the other tests' days open.
 */
class EodApiTest extends ApiTestSupport {
    private LocalDate day() {
        LocalDate day = LocalDate.now(platform.clock()).minusYears(6);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    @Test
    void aControllerClosesTheDayAndEveryoneReadsItsReport() {
        LocalDate day = day();
        problem(as("operator.ho").post("/api/eod", "{\"date\":\"" + day + "\"}", "Idempotency-Key", "eod-op"), 403);
        LocalDate future = LocalDate.now(platform.clock()).plusDays(7);
        JsonNode refused = problem(
                as("controller.ho").post("/api/eod", "{\"date\":\"" + future + "\"}", "Idempotency-Key", "eod-f"),
                422,
                "date");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("must not be in the future");

        JsonNode run = json(
                as("controller.ho").post("/api/eod", "{\"date\":\"" + day + "\"}", "Idempotency-Key", "eod-1"), 200);

        assertThat(text(run, "status")).isEqualTo("DONE");
        assertThat(run.get("steps").valueStream().map(s -> text(s, "status")))
                .containsExactly("DONE", "DONE", "DONE", "DONE", "DONE");
        assertThat(run.get("lines")
                        .valueStream()
                        .allMatch(l -> l.get("balanced").asBoolean()))
                .isTrue();
        assertThat(run.get("lines")
                        .valueStream()
                        .mapToLong(l -> l.get("snapshots").asLong())
                        .sum())
                .isPositive();

        JsonNode read = json(as("auditor").get("/api/eod/" + day), 200);
        assertThat(text(read, "date")).isEqualTo(day.toString());
        assertThat(read.get("steps").size()).isEqualTo(5);
        JsonNode again = problem(
                as("controller.ho").post("/api/eod", "{\"date\":\"" + day + "\"}", "Idempotency-Key", "eod-2"),
                422,
                "date");
        assertThat(again.get("errors").get(0).get("message").asString()).contains("has run already");
        problem(as("controller.ho").get("/api/eod/1999-01-04"), 404);

        Http controller = http();
        controller.signIn("controller.ho", "demo");
        HttpResponse<String> page = controller.get("/eod?date=" + day);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Run end of day", "End of day " + day, "debits equal credits");
        HttpResponse<String> csv = controller.get("/eod/" + day + "/export?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Branch", "Snapshots", "HO");

        Http operator = http();
        operator.signIn("operator.ho", "demo");
        HttpResponse<String> seen = operator.get("/eod");
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains("End of day " + day).doesNotContain("Run end of day");
    }
}
