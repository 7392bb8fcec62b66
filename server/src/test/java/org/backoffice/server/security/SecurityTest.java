package org.backoffice.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.server.Http.basic;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.backoffice.server.Http;
import org.backoffice.server.ServerTest;
import org.backoffice.server.TestUsers;
import org.junit.jupiter.api.Test;

class SecurityTest extends ServerTest {
    @Test
    void theSignInPageIsPublicAndCarriesACsrfToken() {
        HttpResponse<String> page = http().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"username\"", "name=\"password\"");
        assertThat(Http.csrfTokenIn(page.body())).isNotBlank();
    }

    @Test
    void anAnonymousPageRequestIsSentToSignIn() {
        HttpResponse<String> response = http().get("/", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void signingInWithTheRightPasswordLandsOnTheDashboard() {
        Http browser = http();

        HttpResponse<String> signedIn = browser.signIn(TestUsers.ALICE, TestUsers.ALICE_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        HttpResponse<String> dashboard = browser.get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains("Signed in as <strong>alice</strong>")
                .contains("HO");
        assertThat(users.failedLogins("alice")).isZero();
    }

    @Test
    void aWrongPasswordStaysOnSignInWithTheMessageAndIsReported() {
        users.add("bob", "bob-secret-1", Set.of("OPERATOR"), Set.of("B1"));
        Http browser = http();

        HttpResponse<String> refused = browser.signIn("bob", "not-the-password");
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(browser.get("/login?error").body()).contains("Invalid username or password");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(users.failedLogins("bob")).isEqualTo(1);
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        HttpResponse<String> refused = http().signIn("nobody-by-this-name", "whatever");

        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void aLockedAccountIsToldSoOnlyWithTheRightPassword() {
        users.add("carol", "carol-secret-1", Set.of("OPERATOR"), Set.of("B1"));
        users.lock("carol");
        Http browser = http();

        assertThat(browser.signIn("carol", "wrong").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(browser.signIn("carol", "carol-secret-1").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(browser.get("/login?locked").body()).contains("This account is locked");
    }

    @Test
    void theDirectoryLocksAfterRepeatedFailuresAndTheServerHonoursIt() {
        users.add("dave", "dave-secret-1", Set.of("OPERATOR"), Set.of("B1"));
        Http browser = http();
        for (int i = 0; i < org.backoffice.platform.security.Users.FAILURES_BEFORE_LOCK; i++) {
            browser.signIn("dave", "wrong-" + i);
        }

        assertThat(browser.signIn("dave", "dave-secret-1").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() {
        Http browser = http();
        browser.csrfToken();

        HttpResponse<String> response =
                browser.postForm("/login", Map.of("username", TestUsers.ALICE, "password", TestUsers.ALICE_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("The page had expired");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutNeedsTheCsrfTokenAndEndsTheSession() {
        Http browser = http();
        browser.signIn(TestUsers.ALICE, TestUsers.ALICE_PASSWORD);
        String dashboard = browser.get("/").body();

        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> out = browser.postForm("/logout", Map.of("_csrf", Http.csrfTokenIn(dashboard)));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> page = http().get("/login");

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void healthIsPublic() {
        HttpResponse<String> health = http().get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
    }

    @Test
    void prometheusNeedsAnAdministratorOrAnAuditor() {
        assertThat(http().get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(http().get("/actuator/prometheus", "Authorization", "Bearer " + users.token(TestUsers.ALICE))
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> scrape =
                http().get("/actuator/prometheus", "Authorization", "Bearer " + users.token(TestUsers.AUDITOR));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
        assertThat(http().get("/actuator/prometheus", "Authorization", basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        HttpResponse<String> env =
                http().get("/actuator/env", "Authorization", "Bearer " + users.token(TestUsers.ADMIN));

        assertThat(env.statusCode()).isIn(403, 404);
    }

    @Test
    void aValidBearerTokenAuthenticatesWithoutASession() {
        HttpResponse<String> me = http().get("/api/test/me", "Authorization", "Bearer " + users.token(TestUsers.ALICE));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).isEqualTo("{\"name\":\"alice\"}");
        assertThat(me.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnknownBearerTokenIsRefusedWithAProblem() {
        HttpResponse<String> me = http().get("/api/test/me", "Authorization", "Bearer bo_not_a_token");

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(me.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(me.body()).contains("\"status\":401", "\"errors\":[]");
    }

    @Test
    void aLockedUsersTokenIsRefused() {
        users.add("erin", "erin-secret-1", Set.of("OPERATOR"), Set.of("B2"));
        String token = users.token("erin");
        users.lock("erin");

        assertThat(http().get("/api/test/me", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void httpBasicWorksOnTheApiAndAWrongPasswordIsRefused() {
        assertThat(http().get("/api/test/me", "Authorization", basic(TestUsers.ALICE, TestUsers.ALICE_PASSWORD))
                        .body())
                .isEqualTo("{\"name\":\"alice\"}");
        HttpResponse<String> wrong = http().get("/api/test/me", "Authorization", basic(TestUsers.ALICE, "wrong"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anAnonymousApiRequestGetsAProblemNotARedirect() {
        HttpResponse<String> response = http().get("/api/test/me", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void apiPostsWithTokenOrPasswordNeedNoCsrfTokenButASessionDoes() {
        assertThat(http().postJson("/api/test/me", "{}", "Authorization", "Bearer " + users.token(TestUsers.ALICE))
                        .statusCode())
                .isEqualTo(200);
        assertThat(http().postJson(
                                "/api/test/me", "{}", "Authorization", basic(TestUsers.ALICE, TestUsers.ALICE_PASSWORD))
                        .statusCode())
                .isEqualTo(200);

        Http browser = http();
        browser.signIn(TestUsers.ALICE, TestUsers.ALICE_PASSWORD);
        String token = Http.csrfTokenIn(browser.get("/").body());
        assertThat(browser.get("/api/test/me").statusCode()).isEqualTo(200);
        assertThat(browser.postJson("/api/test/me", "{}").statusCode()).isEqualTo(403);
        assertThat(browser.postJson("/api/test/me", "{}", "X-CSRF-TOKEN", token).statusCode())
                .isEqualTo(200);
    }
}
