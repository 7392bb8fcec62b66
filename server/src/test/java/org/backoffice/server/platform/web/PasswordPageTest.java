package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;

class PasswordPageTest extends WebTest {
    private String newUserWithOneTimePassword(String prefix) {
        String username = prefix + Long.toString(System.nanoTime(), 36);
        return username + "\n"
                + platform.users()
                        .createWithOneTimePassword(
                                Actor.system("test"),
                                new NewUser(username, "Newcomer", Set.of(Role.OPERATOR), Set.of("HO"), false));
    }

    @Test
    void aOneTimePasswordLeadsToThePasswordPageUntilItIsChanged() {
        String[] user = newUserWithOneTimePassword("otp").split("\n");
        PageClient browser = new PageClient(port).signIn(user[0], user[1]);

        HttpResponse<String> dashboard = browser.get("/");
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/password"));
        assertThat(browser.get("/documents").statusCode()).isEqualTo(302);
        HttpResponse<String> form = browser.get("/password");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("one-time password");

        HttpResponse<String> changed = browser.post(
                "/password",
                Map.of(
                        "currentPassword",
                        user[1],
                        "newPassword",
                        "my-own-secret-42",
                        "repeatPassword",
                        "my-own-secret-42"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(platform.users().find(user[0]).orElseThrow().mustChangePassword())
                .isFalse();
        assertThat(platform.users()
                        .hasher()
                        .matches(
                                "my-own-secret-42",
                                platform.users().find(user[0]).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void aWrongCurrentPasswordOrAShortOrUnrepeatedNewOneIsShownAtItsFieldAndChangesNothing() {
        String[] user = newUserWithOneTimePassword("pw").split("\n");
        PageClient browser = new PageClient(port).signIn(user[0], user[1]);
        browser.get("/password");
        String before = platform.users().find(user[0]).orElseThrow().passwordHash();

        HttpResponse<String> wrong = browser.post(
                "/password",
                Map.of(
                        "currentPassword",
                        "not-it",
                        "newPassword",
                        "my-own-secret-42",
                        "repeatPassword",
                        "my-own-secret-42"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("does not match");

        HttpResponse<String> tooShort = browser.post(
                "/password", Map.of("currentPassword", user[1], "newPassword", "short", "repeatPassword", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("at least 10 characters");

        HttpResponse<String> unrepeated = browser.post(
                "/password",
                Map.of(
                        "currentPassword",
                        user[1],
                        "newPassword",
                        "my-own-secret-42",
                        "repeatPassword",
                        "my-own-secret-43"));
        assertThat(unrepeated.statusCode()).isEqualTo(422);
        assertThat(unrepeated.body()).contains("does not match the new password");

        assertThat(platform.users().find(user[0]).orElseThrow().passwordHash()).isEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aUserWithTheirOwnPasswordGoesStraightOn() {
        assertThat(as("operator.ho").get("/").statusCode()).isEqualTo(200);
        assertThat(as("operator.ho").get("/password").body()).doesNotContain("one-time password");
    }
}
