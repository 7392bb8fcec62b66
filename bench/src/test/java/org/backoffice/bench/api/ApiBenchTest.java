package org.backoffice.bench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backoffice.bench.report.Latency;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The API bench against a stand-in server that answers as the REST contract says. */
class ApiBenchTest {
    static final Pattern LAST_LINE = Pattern.compile(
            "api-bench db=(sqlite|postgres|external) docs_per_s=(\\d+) p50_ms=(\\d+\\.\\d) p99_ms=(\\d+\\.\\d) heap_mb=(-1|\\d+)");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void theLastLineHasTheAgreedShape() {
        assertThat(ApiBench.resultLine("sqlite", 1234.4, new Latency(12.34, 56.78, 99), 187))
                .isEqualTo("api-bench db=sqlite docs_per_s=1234 p50_ms=12.3 p99_ms=56.8 heap_mb=187");
        assertThat(ApiBench.resultLine("external", 0.6, new Latency(0, 0, 0), -1))
                .isEqualTo("api-bench db=external docs_per_s=1 p50_ms=0.0 p99_ms=0.0 heap_mb=-1")
                .matches(LAST_LINE);
    }

    @Test
    void aRunAgainstARunningServerPostsVouchersAndReadsItsHeap() throws Exception {
        try (StubApiServer server = StubApiServer.start(0, StubApiServer.Behaviour.NORMAL)) {
            String line = bench(options(server.base())).run();

            Matcher matcher = LAST_LINE.matcher(line);
            assertThat(matcher.matches()).as(line).isTrue();
            assertThat(matcher.group(1)).isEqualTo("external");
            assertThat(Long.parseLong(matcher.group(2)))
                    .as("documents per second")
                    .isPositive();
            assertThat(Long.parseLong(matcher.group(5))).as("heap MB").isEqualTo(StubApiServer.HEAP_MB);
            assertThat(server.problems()).as("what the stub found wrong").isEmpty();
            assertThat(server.posted()).isGreaterThanOrEqualTo(Long.parseLong(matcher.group(2)));
            assertThat(lastLine()).isEqualTo(line);
            assertThat(output())
                    .contains("accounts: 3 with limit NONE in HO/USD")
                    .contains("other answers: none")
                    .contains("read with Basic credentials");
        }
    }

    @Test
    void withoutMetricsTheHeapIsMinusOneAndTheSummarySaysWhy() throws Exception {
        try (StubApiServer server = StubApiServer.start(0, new StubApiServer.Behaviour(2, false, false))) {
            String line = bench(options(server.base())).run();

            assertThat(line).matches(LAST_LINE).endsWith(" heap_mb=-1");
            assertThat(output())
                    .contains(
                            "server heap: unknown: GET /actuator/prometheus answered 404 with Bearer, 404 with Basic");
        }
    }

    @Test
    void tooFewAccountsWithoutLimitIsAClearFailure() throws Exception {
        try (StubApiServer server = StubApiServer.start(0, new StubApiServer.Behaviour(1, false, true))) {
            assertThatThrownBy(() -> bench(options(server.base())).run())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("1 account(s) with limit NONE in branch HO, asset USD")
                    .hasMessageContaining("needs at least 2");
        }
    }

    @Test
    void aServerThatRefusesEveryVoucherFailsTheRunWithTheFirstAnswers() throws Exception {
        try (StubApiServer server = StubApiServer.start(0, new StubApiServer.Behaviour(2, true, true))) {
            assertThatThrownBy(() -> bench(options(server.base())).run())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no voucher was posted")
                    .hasMessageContaining("HTTP 422")
                    .hasMessageContaining("vouchers are refused today");
        }
    }

    @Test
    void theWrongPasswordIsAClearFailure() throws Exception {
        try (StubApiServer server = StubApiServer.start(0, StubApiServer.Behaviour.NORMAL)) {
            ApiBenchOptions options = new ApiBenchOptions(
                    "sqlite",
                    server.base(),
                    ApiBenchOptions.DEFAULT_POSTGRES_URL,
                    "operator.ho",
                    "wrong",
                    2,
                    1,
                    0,
                    "512m");
            assertThatThrownBy(() -> bench(options).run())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("POST /api/tokens answered 401");
        }
    }

    @Test
    void noServerAtTheUrlIsAClearFailure() {
        assertThatThrownBy(
                        () -> bench(options(URI.create("http://127.0.0.1:1"))).run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no server at http://127.0.0.1:1");
    }

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void startsTheServerInAChildJvmOnAFreshDatabaseAndStopsIt(TestDatabase kind) throws Exception {
        boolean postgres = kind == TestDatabase.POSTGRESQL;
        ApiBenchOptions options = new ApiBenchOptions(
                postgres ? "postgres" : "sqlite",
                null,
                TestDatabase.postgresUrl(),
                "operator.ho",
                "demo",
                4,
                1,
                1,
                "128m");
        List<Path> before = benchDirectories();

        String line = new ApiBench(options, StubApiServer.class.getName(), out()).run();

        Matcher matcher = LAST_LINE.matcher(line);
        assertThat(matcher.matches()).as(line).isTrue();
        assertThat(matcher.group(1)).isEqualTo(postgres ? "postgres" : "sqlite");
        assertThat(Long.parseLong(matcher.group(2))).as("documents per second").isPositive();
        assertThat(matcher.group(5)).isEqualTo(Long.toString(StubApiServer.HEAP_MB));
        assertThat(output()).contains("server: up on http://127.0.0.1:");
        assertThat(benchDirectories())
                .as("the temporary directory goes after a clean run")
                .isEqualTo(before);
        if (postgres) {
            try (Connection c = DriverManager.getConnection(TestDatabase.postgresUrl());
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables"
                        + " WHERE table_schema = 'api_bench' AND table_name = 'stub_started'")) {
                    rs.next();
                    assertThat(rs.getInt(1))
                            .as("the server got the fresh schema")
                            .isEqualTo(1);
                }
                s.execute("DROP SCHEMA api_bench CASCADE");
            }
        }
    }

    @Test
    void aServerThatExitsAtStartFailsAtOnceWithItsLastLines() {
        ApiBenchOptions options = new ApiBenchOptions(
                "sqlite", null, ApiBenchOptions.DEFAULT_POSTGRES_URL, "operator.ho", "demo", 2, 1, 0, "128m");
        long started = System.nanoTime();

        assertThatThrownBy(() -> new ApiBench(options, "org.backoffice.NoSuchServer", out()).run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the server exited with code 1 before it was up")
                .hasMessageContaining("org.backoffice.NoSuchServer");
        assertThat((System.nanoTime() - started) / 1e9)
                .as("seconds until it gives up")
                .isLessThan(30);
        assertThat(output()).contains("server log: ");
    }

    private static ApiBenchOptions options(URI url) {
        return new ApiBenchOptions(
                "sqlite", url, ApiBenchOptions.DEFAULT_POSTGRES_URL, "operator.ho", "demo", 4, 1, 0, "512m");
    }

    private ApiBench bench(ApiBenchOptions options) {
        return new ApiBench(options, "unused", out());
    }

    private PrintStream out() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private String lastLine() {
        String[] lines = output().strip().split("\n");
        return lines[lines.length - 1];
    }

    private static List<Path> benchDirectories() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("backoffice-api-bench-"))
                    .sorted()
                    .toList();
        }
    }
}
