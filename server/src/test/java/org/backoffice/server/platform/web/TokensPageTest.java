package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.platform.security.ApiToken;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;

class TokensPageTest extends WebTest {
    @Test
    void aNewTokenIsShownOnceWorksOnTheApiAndCanBeRevoked() {
        String name = "web-" + Long.toString(System.nanoTime(), 36);

        HttpResponse<String> created = as("operator.b2").post("/tokens", Map.of("name", name));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        Matcher secret =
                Pattern.compile("<code id=\"secret\">(bo_[^<]+)</code>").matcher(created.body());
        assertThat(secret.find()).isTrue();
        String token = secret.group(1);
        assertThat(http().get("/api/test/me", "Authorization", "Bearer " + token)
                        .body())
                .isEqualTo("{\"name\":\"operator.b2\"}");
        String listed = as("operator.b2").get("/tokens").body();
        assertThat(listed).contains(name).doesNotContain(token);

        ApiToken issued = platform.users().tokens(users.actor("operator.b2")).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> revoked = as("operator.b2").post("/tokens/" + issued.id() + "/revoke", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(http().get("/api/test/me", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aUserSeesAndRevokesOnlyTheirOwnTokens() {
        String name = "theirs-" + Long.toString(System.nanoTime(), 36);
        as("operator.ho").post("/tokens", Map.of("name", name));
        ApiToken theirs = platform.users().tokens(users.actor("operator.ho")).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();

        assertThat(as("operator.b1").get("/tokens").body()).doesNotContain(name);
        assertThat(as("operator.b1")
                        .post("/tokens/" + theirs.id() + "/revoke", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(as("admin").get("/tokens").body()).contains(name);
    }

    @Test
    void aTokenNeedsAName() {
        HttpResponse<String> refused = as("operator.b1").post("/tokens", Map.of("name", " "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("must be 1..64 characters").doesNotContain("id=\"secret\"");
    }
}
