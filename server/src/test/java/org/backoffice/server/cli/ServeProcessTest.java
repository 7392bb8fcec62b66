package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code backoffice serve} in a JVM of its own, as a user runs it: ready line, requests, SIGTERM, exit code. */
class ServeProcessTest {
    private static final Pattern READY = Pattern.compile(
            "Backoffice is ready at http://localhost:(\\d+) \\(database: sqlite target/tmp/serve-process.db,"
                    + " started in \\d+\\.\\d s\\)");

    @Test
    void servesUntilTerminatedAndThenExitsWithZero() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process server = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        classpath,
                        BackofficeCli.class.getName(),
                        "serve",
                        "--port",
                        "0",
                        "--db",
                        "jdbc:sqlite:target/tmp/serve-process.db")
                .start();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(server));
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String ready = out.readLine();
            assertThat(ready).isNotNull().matches(READY);
            Matcher port = READY.matcher(ready);
            assertThat(port.matches()).isTrue();

            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port.group(1) + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue()).isZero();
            assertThat(errors.get(10, TimeUnit.SECONDS)).doesNotContain("\tat ", "Exception");
        } finally {
            server.destroyForcibly();
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
