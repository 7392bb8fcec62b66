package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.User;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;

class AdminPageTest extends WebTest {
    private static String secretIn(String html) {
        Matcher secret = Pattern.compile("<code id=\"secret\">([^<]+)</code>").matcher(html);
        assertThat(secret.find()).as("a one-time secret on the page").isTrue();
        return secret.group(1);
    }

    private String newUsername() {
        return "web." + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theAdministratorSeesUsersAndBranches() {
        String html = as("admin").get("/admin").body();

        assertThat(html).contains("operator.b1", "Omar Operator (B1)", "Riverside branch", "id=\"new-user\"");
    }

    @Test
    void aNewUserGetsAOneTimePasswordShownOnceThatSignsIn() {
        String username = newUsername();

        HttpResponse<String> created = as("admin")
                .post(
                        "/admin/users",
                        List.of(
                                Map.entry("username", username),
                                Map.entry("displayName", "Web Tester"),
                                Map.entry("roles", "OPERATOR"),
                                Map.entry("roles", "CONTROLLER"),
                                Map.entry("branches", "B1"),
                                Map.entry("branches", "B2")));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        String password = secretIn(created.body());
        User user = platform.users().find(username).orElseThrow();
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.OPERATOR, Role.CONTROLLER);
        assertThat(user.branches()).containsExactlyInAnyOrder("B1", "B2");
        assertThat(as("admin").get("/admin").body()).doesNotContain(password);

        PageClient newcomer = new PageClient(port).signIn(username, password);
        // A one-time password signs in, and leads to the password page first.
        assertThat(newcomer.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/password"));
    }

    @Test
    void aRefusedNewUserKeepsTheInputAndSaysWhy() {
        HttpResponse<String> refused = as("admin")
                .post("/admin/users", List.of(Map.entry("username", "Bad Name"), Map.entry("displayName", "X")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("username: must be 2..64 lower-case letters", "value=\"Bad Name\"");
        assertThat(refused.body()).doesNotContain("id=\"secret\"");
    }

    @Test
    void grantingReplacesRolesAndBranches() {
        String username = newUsername();
        as("admin")
                .post(
                        "/admin/users",
                        List.of(
                                Map.entry("username", username),
                                Map.entry("displayName", "Granted"),
                                Map.entry("roles", "OPERATOR"),
                                Map.entry("branches", "B1")));

        PageClient admin = as("admin");
        HttpResponse<String> granted = admin.post(
                "/admin/users/" + username + "/grant",
                List.of(Map.entry("roles", "AUDITOR"), Map.entry("allBranches", "true")));

        assertThat(granted.statusCode()).isEqualTo(302);
        User user = platform.users().find(username).orElseThrow();
        assertThat(user.roles()).containsExactly(Role.AUDITOR);
        assertThat(user.allBranches()).isTrue();
        assertThat(admin.followed().body())
                .containsPattern("value=\"AUDITOR\"\\s+checked")
                .contains("Roles and branches of " + username + " saved.");
    }

    @Test
    void unlockAndResetPassword() {
        String username = newUsername();
        as("admin")
                .post(
                        "/admin/users",
                        List.of(
                                Map.entry("username", username),
                                Map.entry("displayName", "Locked out"),
                                Map.entry("roles", "OPERATOR"),
                                Map.entry("branches", "B2")));
        users.lock(username);
        assertThat(as("admin").get("/admin/users/" + username).body()).contains(">Locked</dd>");

        assertThat(as("admin")
                        .post("/admin/users/" + username + "/unlock", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(platform.users().find(username).orElseThrow().failedLogins()).isZero();
        assertThat(as("admin").get("/admin/users/" + username).body()).contains(">Active</dd>");

        String reset = as("admin")
                .post("/admin/users/" + username + "/reset-password", Map.of())
                .body();
        String password = secretIn(reset);
        assertThat(new PageClient(port)
                        .signIn(username, password)
                        .get("/password")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBranchIsAdded() {
        String code = "T" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();

        PageClient admin = as("admin");
        HttpResponse<String> added =
                admin.post("/admin/branches", Map.of("code", code, "name", "Test branch", "legalEntity", "DEMO"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(platform.organisation().branch(code)).isPresent();
        assertThat(admin.followed().body()).contains("Branch " + code + " added.", "Test branch");

        HttpResponse<String> again =
                as("admin").post("/admin/branches", Map.of("code", code, "name", "Test branch", "legalEntity", "DEMO"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("exists already");
    }
}
