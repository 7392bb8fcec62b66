package org.backoffice.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.backoffice.server.Http;
import org.backoffice.server.ServerTest;
import org.backoffice.server.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemDetailsTest extends ServerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String[] token() {
        return new String[] {"Authorization", "Bearer " + users.token(TestUsers.ALICE)};
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.has("title")).isTrue();
        assertThat(body.get("errors").isArray()).isTrue();
        return body;
    }

    @Test
    void aBodyThatIsNotJsonIsAProblemWithoutAField() {
        JsonNode body = problem(http().postJson("/api/test/vouchers", "{\"narrative\": ", token()), 400);

        assertThat(body.get("detail").asString()).isEqualTo("The request body is not valid JSON.");
        assertThat(body.get("errors").get(0).get("field").isNull()).isTrue();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        JsonNode body = problem(
                http().postJson(
                                "/api/test/vouchers",
                                "{\"narrative\":\"rent\",\"copies\":1,\"lines\":[{\"account\":\"HO-1010-USD\",\"amount\":\"ten\"}]}",
                                token()),
                400);

        JsonNode error = body.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("lines[0].amount");
        assertThat(error.get("message").asString()).isEqualTo("must be a number");
    }

    @Test
    void anUnknownEnumValueListsTheKnownOnes() {
        JsonNode body = problem(
                http().postJson(
                                "/api/test/vouchers",
                                "{\"narrative\":\"rent\",\"copies\":1,\"lines\":[{\"side\":\"LEFT\"}]}",
                                token()),
                400);

        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("lines[0].side");
        assertThat(body.get("errors").get(0).get("message").asString()).isEqualTo("must be one of DEBIT, CREDIT");
    }

    @Test
    void aRuleBrokenInAValueConstructorNamesTheNestedField() {
        JsonNode body = problem(
                http().postJson(
                                "/api/test/vouchers",
                                "{\"narrative\":\"rent\",\"copies\":1,\"lines\":[{\"amount\":\"1.00\"},{\"amount\":\"-5\"}]}",
                                token()),
                400);

        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("lines[1].amount");
        assertThat(body.get("errors").get(0).get("message").asString()).isEqualTo("must be positive");
    }

    @Test
    void beanValidationFailuresListEveryField() {
        JsonNode body =
                problem(http().postJson("/api/test/vouchers", "{\"narrative\":\" \",\"copies\":0}", token()), 400);

        assertThat(body.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("narrative", "copies");
    }

    @Test
    void anIllegalArgumentIsSplitIntoFieldAndMessage() {
        JsonNode body = problem(http().get("/api/test/rule", token()), 400);

        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("copies");
        assertThat(body.get("errors").get(0).get("message").asString()).isEqualTo("must be at most 3");
    }

    @Test
    void anIllegalStateIsAConflict() {
        JsonNode body = problem(http().get("/api/test/conflict", token()), 409);

        assertThat(body.get("detail").asString()).isEqualTo("The voucher is already posted.");
    }

    @Test
    void somethingMissingIsNotFound() {
        problem(http().get("/api/test/missing", token()), 404);
        problem(http().get("/api/no-such-thing", token()), 404);
    }

    @Test
    void accessDeniedIsForbidden() {
        problem(http().get("/api/test/denied", token()), 403);
    }

    @Test
    void anUnexpectedFailureSaysNothingAboutItself() {
        JsonNode body = problem(http().get("/api/test/boom", token()), 500);

        assertThat(body.toString()).doesNotContain("internal detail", "UnsupportedOperation");
    }

    @Test
    void theUiShowsAnErrorPageForAnUnknownPage() {
        Http browser = http();
        browser.signIn(TestUsers.ALICE, TestUsers.ALICE_PASSWORD);

        HttpResponse<String> page = browser.get("/no-such-page", "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("There is nothing here.").doesNotContain("Exception");
    }
}
