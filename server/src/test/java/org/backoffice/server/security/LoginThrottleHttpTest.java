package org.backoffice.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.server.Http.basic;

import java.net.http.HttpResponse;
import java.util.Set;
import org.backoffice.server.Http;
import org.backoffice.server.ServerTest;
import org.junit.jupiter.api.Test;

/** The default limit of 10 attempts per minute per user name, over HTTP. */
class LoginThrottleHttpTest extends ServerTest {
    @Test
    void theEleventhFormSignInWithinAMinuteGets429AndAMessage() {
        users.add("frank", "frank-secret-1", Set.of("OPERATOR"), Set.of("HO"));
        Http browser = http();
        for (int i = 0; i < 10; i++) {
            assertThat(browser.signIn("frank", "guess-" + i).statusCode()).isEqualTo(302);
        }

        HttpResponse<String> throttled = browser.signIn("frank", "frank-secret-1");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(throttled.body()).contains("Too many sign-in attempts");
        assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void apiRequestsWithAWrongPasswordAreThrottledButGoodOnesAreNotCounted() {
        users.add("grace", "grace-secret-1", Set.of("OPERATOR"), Set.of("HO"));
        for (int i = 0; i < 15; i++) {
            assertThat(http().get("/api/test/me", "Authorization", basic("grace", "grace-secret-1"))
                            .statusCode())
                    .isEqualTo(200);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(http().get("/api/test/me", "Authorization", basic("grace", "guess-" + i))
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> throttled = http().get("/api/test/me", "Authorization", basic("grace", "grace-secret-1"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(throttled.body()).contains("\"status\":429");
    }
}
