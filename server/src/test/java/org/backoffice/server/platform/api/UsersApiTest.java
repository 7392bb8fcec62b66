package org.backoffice.server.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.backoffice.platform.security.User;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class UsersApiTest extends ApiTestSupport {
    @Test
    void administratorsAndAuditorsListUsersWithoutTheirPasswords() {
        JsonNode list = json(as("auditor").get("/api/users"), 200);

        JsonNode operator = list.get("items")
                .valueStream()
                .filter(u -> text(u, "username").equals("operator.ho"))
                .findFirst()
                .orElseThrow();
        assertThat(operator.get("roles").valueStream().map(JsonNode::asString)).containsExactly("OPERATOR");
        assertThat(operator.get("branches").valueStream().map(JsonNode::asString))
                .containsExactly("HO");
        assertThat(operator.get("allBranches").asBoolean()).isFalse();
        assertThat(list.toString()).doesNotContain("password\"", "$2a$", "{bcrypt}");
        json(as("admin").get("/api/users"), 200);
        problem(as("controller.ho").get("/api/users"), 403);
    }

    @Test
    void anAdministratorCreatesAUserWithAOneTimePasswordShownOnce() {
        HttpResponse<String> response = as("admin").post("/api/users", """
                        {"username":"teller.b2","displayName":"Tess Teller","roles":["OPERATOR"],"branches":["B2"]}
                        """);

        JsonNode created = json(response, 201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/users/teller.b2");
        assertThat(text(created, "oneTimePassword")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(text(created.get("user"), "username")).isEqualTo("teller.b2");
        assertThat(created.get("user").get("mustChangePassword").asBoolean()).isTrue();
        User stored = platform.users().find("teller.b2").orElseThrow();
        assertThat(platform.users().hasher().matches(text(created, "oneTimePassword"), stored.passwordHash()))
                .isTrue();
        problem(as("admin").post("/api/users", """
                                {"username":"teller.b2","displayName":"Again","roles":["OPERATOR"],"branches":["B2"]}
                                """), 409);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad username   | {"username":"Bad Name","displayName":"x","roles":["OPERATOR"],"branches":["HO"]} | username
            no display     | {"username":"someone","roles":["OPERATOR"],"branches":["HO"]}                    | displayName
            no roles       | {"username":"someone","displayName":"x","roles":[],"branches":["HO"]}            | roles
            unknown role   | {"username":"someone","displayName":"x","roles":["KING"],"branches":["HO"]}      | roles[0]
            no branches    | {"username":"someone","displayName":"x","roles":["OPERATOR"]}                    | branches
            unknown branch | {"username":"someone","displayName":"x","roles":["OPERATOR"],"branches":["B9"]}  | branches
            all as text    | {"username":"someone","displayName":"x","roles":["OPERATOR"],"allBranches":"yes"} | allBranches
            """)
    void aBadUserIsA400NamingTheField(String why, String body, String field) {
        problem(as("admin").post("/api/users", body), 400, field);
        assertThat(platform.users().find("someone")).isEmpty();
    }

    @Test
    void onlyAnAdministratorCreatesUsers() {
        String body = """
                {"username":"nobody.new","displayName":"x","roles":["OPERATOR"],"branches":["HO"]}
                """;
        problem(as("auditor").post("/api/users", body), 403);
        problem(as("controller.ho").post("/api/users", body), 403);
        assertThat(platform.users().find("nobody.new")).isEmpty();
    }

    @Test
    void aRetriedCreationAnswersTheSameUserWithoutRepeatingThePassword() {
        String body = """
                {"username":"retried.user","displayName":"R","roles":["AUDITOR"],"allBranches":true}
                """;
        HttpResponse<String> first = as("admin").post("/api/users", body, "Idempotency-Key", "user-1");
        HttpResponse<String> retry = as("admin").post("/api/users", body, "Idempotency-Key", "user-1");

        JsonNode created = json(first, 201);
        JsonNode replayed = json(retry, 201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replayed.get("user")).isEqualTo(created.get("user"));
        assertThat(text(created, "oneTimePassword")).isNotNull();
        assertThat(text(replayed, "oneTimePassword")).isNull();
    }

    @Test
    void grantsAreReplacedByAnAdministrator() {
        ensureUser("granted.user", "OPERATOR", "HO");

        JsonNode user = json(
                as("admin")
                        .put(
                                "/api/users/granted.user/grants",
                                "{\"roles\":[\"CONTROLLER\",\"OPERATOR\"],\"branches\":[\"B1\",\"HO\"]}"),
                200);

        assertThat(user.get("roles").valueStream().map(JsonNode::asString)).containsExactly("OPERATOR", "CONTROLLER");
        assertThat(user.get("branches").valueStream().map(JsonNode::asString)).containsExactly("B1", "HO");
        assertThat(actor("granted.user").canSee("B1")).isTrue();
        problem(
                as("controller.ho")
                        .put("/api/users/granted.user/grants", "{\"roles\":[\"ADMINISTRATOR\"],\"allBranches\":true}"),
                403);
        problem(
                as("admin").put("/api/users/nobody.at.all/grants", "{\"roles\":[\"OPERATOR\"],\"branches\":[\"HO\"]}"),
                404);
        problem(
                as("admin").put("/api/users/granted.user/grants", "{\"roles\":[],\"branches\":[\"HO\"]}"),
                400,
                "roles");
    }

    @Test
    void aLockedUserIsUnlocked() {
        ensureUser("locked.user", "OPERATOR", "HO");
        users.lock("locked.user");
        assertThat(json(as("admin").get("/api/users"), 200)
                        .get("items")
                        .valueStream()
                        .filter(u -> text(u, "username").equals("locked.user"))
                        .findFirst()
                        .orElseThrow()
                        .get("locked")
                        .asBoolean())
                .isTrue();

        problem(as("controller.ho").post("/api/users/locked.user/unlock", null), 403);
        JsonNode unlocked = json(as("admin").post("/api/users/locked.user/unlock", null), 200);

        assertThat(unlocked.get("locked").asBoolean()).isFalse();
        assertThat(users.failedLogins("locked.user")).isZero();
        problem(as("admin").post("/api/users/nobody.at.all/unlock", null), 404);
    }

    @Test
    void aResetPasswordIsShownOnceAndReplacesTheOldOne() {
        ensureUser("forgetful.user", "OPERATOR", "HO");
        String before = platform.users().find("forgetful.user").orElseThrow().passwordHash();

        HttpResponse<String> response = as("admin").post("/api/users/forgetful.user/reset-password", null);

        JsonNode reset = json(response, 200);
        String password = text(reset, "oneTimePassword");
        User after = platform.users().find("forgetful.user").orElseThrow();
        assertThat(after.passwordHash()).isNotEqualTo(before);
        assertThat(platform.users().hasher().matches(password, after.passwordHash()))
                .isTrue();
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        problem(as("auditor").post("/api/users/forgetful.user/reset-password", null), 403);
        problem(as("admin").post("/api/users/nobody.at.all/reset-password", null), 404);
    }
}
