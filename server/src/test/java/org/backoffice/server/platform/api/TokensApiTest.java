package org.backoffice.server.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class TokensApiTest extends ApiTestSupport {
    @Test
    void aTokenIsIssuedOnceListedWithoutItselfAndRevoked() throws Exception {
        HttpResponse<String> response = as("operator.b1").post("/api/tokens", "{\"name\":\"reconciliation\"}");

        JsonNode issued = json(response, 201);
        String id = text(issued, "id");
        String token = text(issued, "token");
        assertThat(token).startsWith("bo_");
        assertThat(text(issued, "name")).isEqualTo("reconciliation");
        assertThat(text(issued, "createdAt")).startsWith(today().toString().substring(0, 4));
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        assertThat(withToken(token, "/api/tokens").statusCode()).isEqualTo(200);
        JsonNode listed = json(as("operator.b1").get("/api/tokens"), 200);
        assertThat(listed.toString()).contains(id).doesNotContain(token);
        JsonNode mine = listed.get("items")
                .valueStream()
                .filter(t -> text(t, "id").equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("active").asBoolean()).isTrue();
        assertThat(text(mine, "username")).isEqualTo("operator.b1");

        problem(as("operator.b2").delete("/api/tokens/" + id), 404);
        assertThat(as("operator.b1").delete("/api/tokens/" + id).statusCode()).isEqualTo(204);
        assertThat(withToken(token, "/api/tokens").statusCode()).isEqualTo(401);
        problem(as("operator.b1").delete("/api/tokens/" + id), 409);
        problem(as("operator.b1").delete("/api/tokens/123"), 404);
        problem(as("operator.b1").delete("/api/tokens/abc"), 400, "id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no name        | {}                                      | name
            blank name     | {"name":"  "}                           | name
            long name      | {"name":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"} | name
            a list         | {"name":["a"]}                          | name
            unknown field  | {"name":"a","expires":"never"}          | expires
            """)
    void aBadRequestIsA400NamingTheField(String why, String body, String field) {
        problem(as("operator.b1").post("/api/tokens", body), 400, field);
    }

    @Test
    void aRetryAnswersTheSameTokenWithoutItsSecretAndIssuesNothingTwice() {
        users.token("operator.b2");
        long before = tokensOf("operator.b2");

        HttpResponse<String> first =
                as("operator.b2").post("/api/tokens", "{\"name\":\"retried\"}", "Idempotency-Key", "token-1");
        HttpResponse<String> retry =
                as("operator.b2").post("/api/tokens", "{\"name\":\"retried\"}", "Idempotency-Key", "token-1");

        JsonNode issued = json(first, 201);
        JsonNode replayed = json(retry, 201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(text(replayed, "id")).isEqualTo(text(issued, "id"));
        assertThat(text(replayed, "token")).isNull();
        assertThat(text(issued, "token")).startsWith("bo_");
        assertThat(tokensOf("operator.b2")).isEqualTo(before + 1);
        problem(
                as("operator.b2").post("/api/tokens", "{\"name\":\"other\"}", "Idempotency-Key", "token-1"),
                422,
                "Idempotency-Key");
        assertThat(tokensOf("operator.b2")).isEqualTo(before + 1);
    }

    @Test
    void concurrentDuplicatesIssueOneTokenAndAnswerItToEach() throws Exception {
        users.token("treasurer.ho");
        long before = tokensOf("treasurer.ho");
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(clients.submit(() -> as("treasurer.ho")
                        .post("/api/tokens", "{\"name\":\"race\"}", "Idempotency-Key", "token-race")));
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
        assertThat(answers.stream()
                        .filter(a ->
                                a.headers().firstValue("Idempotent-Replayed").isEmpty()))
                .hasSize(1);
        assertThat(tokensOf("treasurer.ho")).isEqualTo(before + 1);
    }

    private long tokensOf(String username) {
        return platform.users().tokens(actor(username)).size();
    }

    private HttpResponse<String> withToken(String token, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
