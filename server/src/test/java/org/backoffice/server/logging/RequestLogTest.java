package org.backoffice.server.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.backoffice.server.Http;
import org.backoffice.server.ServerTest;
import org.backoffice.server.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest extends ServerTest {
    @Test
    void aRequestIsOneLineWithMethodPathStatusTimeAndUserButNoSecrets(CapturedOutput output) {
        http().get(
                        "/api/test/me?password=query-secret&token=query-token",
                        "Authorization",
                        Http.basic(TestUsers.ALICE, TestUsers.ALICE_PASSWORD));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(output.getAll()).contains("path=/api/test/me "));
        String line = output.getAll()
                .lines()
                .filter(l -> l.contains("path=/api/test/me "))
                .findFirst()
                .orElseThrow();
        assertThat(line)
                .startsWith("time=")
                .contains("level=INFO", "msg=request", "method=GET", "status=200", "user=alice")
                .containsPattern(" ms=\\d+ ");
        assertThat(output.getAll())
                .doesNotContain(TestUsers.ALICE_PASSWORD, "query-secret", "query-token", "Authorization", "Basic ");
    }

    @Test
    void aRefusedTokenIsLoggedWithoutTheToken(CapturedOutput output) {
        http().get("/api/test/me", "Authorization", "Bearer bo_secret_token_value");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(output.getAll()).contains("status=401"));
        assertThat(output.getAll()).doesNotContain("bo_secret_token_value");
    }
}
