package org.backoffice.server.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class BranchesApiTest extends ApiTestSupport {
    @Test
    void everyUserReadsTheBranches() {
        JsonNode list = json(as("operator.b2").get("/api/branches"), 200);

        assertThat(list.get("items").valueStream().map(b -> text(b, "code"))).contains("B1", "B2", "HO");
        JsonNode head = json(as("operator.b2").get("/api/branches/HO"), 200);
        assertThat(text(head, "name")).isEqualTo("Head office");
        assertThat(head.get("headOffice").asBoolean()).isTrue();
        assertThat(text(head, "legalEntity")).isEqualTo("DEMO");
        problem(as("operator.b2").get("/api/branches/B9"), 404);
    }

    @Test
    void anAdministratorAddsABranch() {
        HttpResponse<String> response = as("admin")
                .post("/api/branches", "{\"code\":\"B3\",\"name\":\"Lakeside branch\",\"legalEntity\":\"DEMO\"}");

        JsonNode branch = json(response, 201);
        assertThat(text(branch, "code")).isEqualTo("B3");
        assertThat(branch.get("headOffice").asBoolean()).isFalse();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/branches/B3");
        assertThat(platform.organisation().branch("B3")).isPresent();
        problem(
                as("admin").post("/api/branches", "{\"code\":\"B3\",\"name\":\"Again\",\"legalEntity\":\"DEMO\"}"),
                409);
        problem(
                as("controller.ho")
                        .post("/api/branches", "{\"code\":\"B4\",\"name\":\"Nope\",\"legalEntity\":\"DEMO\"}"),
                403);
        assertThat(platform.organisation().branch("B4")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad code        | {"code":"b 5","name":"N","legalEntity":"DEMO"}      | code
            no name         | {"code":"B5","legalEntity":"DEMO"}                  | name
            unknown entity  | {"code":"B5","name":"N","legalEntity":"NOPE"}       | legalEntity
            head office?    | {"code":"B5","name":"N","legalEntity":"DEMO","headOffice":"maybe"} | headOffice
            """)
    void aBadBranchIsA400NamingTheField(String why, String body, String field) {
        problem(as("admin").post("/api/branches", body), 400, field);
    }
}
