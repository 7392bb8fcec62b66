package org.backoffice.bench.api;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backoffice.bench.report.Latency;

/**
 * Documents per second through the REST API: clients post journal vouchers that post at once, to a
 * server this bench starts in a child JVM on a fresh database, or to a running one. The last line
 * printed is machine-readable.
 */
public final class ApiBench {
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "demo";

    private final ApiBenchOptions options;
    private final String serverMainClass;
    private final PrintStream out;

    /**
     * @param serverMainClass the class whose {@code main} takes {@code serve --demo --port N --db URL};
     *     named, not referenced, because the benchmarks do not depend on the server
     */
    public ApiBench(ApiBenchOptions options, String serverMainClass, PrintStream out) {
        this.options = options;
        this.serverMainClass = serverMainClass;
        this.out = out;
    }

    /**
     * Runs the benchmark and returns its last line.
     *
     * @throws IllegalStateException when it could not run: the server did not start, refused the
     *     login, has too few accounts, or posted nothing at all
     */
    public String run() throws InterruptedException {
        out.printf(
                "api-bench: %s, %d clients, %d s (+%d s warm-up)%n",
                options.url() == null ? options.db() : options.url(),
                options.clients(),
                options.seconds(),
                options.warmupSeconds());
        try (HttpClient http = ApiClient.newHttpClient()) {
            return options.url() == null ? startServerAndRun(http) : runOn(new ApiClient(http, options.url()));
        }
    }

    private String runOn(ApiClient api) throws InterruptedException {
        try {
            if (!api.healthy(userLogin())) {
                throw new IllegalStateException(api.base() + "/actuator/health does not answer UP");
            }
        } catch (IOException e) {
            throw new IllegalStateException("no server at " + api.base() + ": " + e, e);
        }
        return load(api, null).line();
    }

    private String startServerAndRun(HttpClient http) throws InterruptedException {
        Path work = temporaryDirectory();
        Path log = work.resolve("server.log");
        boolean keepLog = true;
        try {
            String dbUrl = options.db().equals("sqlite")
                    ? ServerDatabase.sqlite(work)
                    : ServerDatabase.postgres(options.postgresUrl(), ApiBenchOptions.SCHEMA);
            out.printf(
                    "server: %s serve --demo, heap %s, database %s%s%n",
                    serverMainClass,
                    options.serverHeap(),
                    ServerDatabase.redact(dbUrl),
                    options.db().equals("postgres") ? " schema " + ApiBenchOptions.SCHEMA : "");
            Result result;
            try (ServerProcess server = ServerProcess.start(serverMainClass, options.serverHeap(), dbUrl, log)) {
                long started = System.nanoTime();
                ApiClient api = new ApiClient(http, server.base());
                server.awaitHealthy(api, userLogin(), STARTUP);
                out.printf(
                        Locale.ROOT,
                        "server: up on %s in %.1f s%n",
                        server.base(),
                        (System.nanoTime() - started) / 1e9);
                result = load(api, server);
            }
            keepLog = result.sawErrors();
            return result.line();
        } finally {
            deleteDatabaseFiles(work);
            if (keepLog) {
                out.println("server log: " + log);
            } else {
                deleteRecursively(work);
            }
        }
    }

    /** The machine-readable last line. */
    static String resultLine(String db, double documentsPerSecond, Latency latency, long heapMb) {
        return String.format(
                Locale.ROOT,
                "api-bench db=%s docs_per_s=%.0f p50_ms=%.1f p99_ms=%.1f heap_mb=%d",
                db,
                documentsPerSecond,
                latency.p50Millis(),
                latency.p99Millis(),
                heapMb);
    }

    private record Result(String line, boolean sawErrors) {}

    /**
     * Who reads the metrics: a token of the administrator's, made once with its password, since a
     * password check (bcrypt) every second would cost the server a tenth of a core during the run.
     */
    private static List<String> metricsCredentials(ApiClient api, String userToken) {
        String basic = ApiClient.basic(ADMIN, ADMIN_PASSWORD);
        try {
            return List.of(
                    ApiClient.bearer(api.createToken(basic, "bench-metrics")), ApiClient.bearer(userToken), basic);
        } catch (IOException | RuntimeException e) {
            return List.of(ApiClient.bearer(userToken), basic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(ApiClient.bearer(userToken), basic);
        }
    }

    private Result load(ApiClient api, ServerProcess server) throws InterruptedException {
        String token;
        List<String> accounts;
        try {
            token = api.createToken(userLogin(), "bench");
            accounts = api.unlimitedAccounts(ApiClient.bearer(token), VoucherLoad.BRANCH, VoucherLoad.ASSET);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the run on " + api.base() + ": " + e, e);
        }
        if (accounts.size() < 2) {
            throw new IllegalStateException("the server lists " + accounts.size() + " account(s) with limit NONE in"
                    + " branch " + VoucherLoad.BRANCH + ", asset " + VoucherLoad.ASSET + " for " + options.user()
                    + "; the bench posts between such accounts and needs at least 2");
        }
        out.printf(
                "accounts: %d with limit NONE in %s/%s, vouchers of 1.00 to 999.99%n",
                accounts.size(), VoucherLoad.BRANCH, VoucherLoad.ASSET);

        VoucherLoad load = new VoucherLoad(
                api,
                ApiClient.bearer(token),
                accounts,
                LocalDate.now(ZoneOffset.UTC),
                Long.toString(System.currentTimeMillis(), 36));
        VoucherLoad.Window window;
        long heapMb;
        String heapNote;
        long cpuNanos;
        load.start(options.clients());
        try {
            Thread.sleep(options.warmupSeconds() * 1000L);
            VoucherLoad.Mark mark = load.mark();
            long cpuAtMark = processCpuNanos();
            try (ServerHeap heap = new ServerHeap(api, metricsCredentials(api, token))) {
                Thread.sleep(options.seconds() * 1000L);
                window = load.since(mark);
                cpuNanos = cpuAtMark < 0 ? -1 : processCpuNanos() - cpuAtMark;
                heapMb = heap.peakMegabytes();
                heapNote = heapMb < 0
                        ? "unknown: " + heap.unavailable()
                        : heapMb + " MB peak (" + ServerHeap.METRIC + " area=heap, every second, read with "
                                + heap.readWith() + " credentials)";
            }
        } finally {
            load.stop();
        }
        String exited = server == null ? null : server.exitedWhy();
        if (exited != null) {
            throw new IllegalStateException(exited);
        }
        List<String> errors = load.errorBodies();
        if (load.counts().getOrDefault(VoucherLoad.POSTED, 0L) == 0) {
            throw new IllegalStateException("no voucher was posted; the answers were " + load.counts()
                    + (errors.isEmpty() ? "" : ", the first:\n  " + String.join("\n  ", errors)));
        }

        out.printf(
                Locale.ROOT,
                "vouchers: %,d posted in %.1f s, %,.0f/s; posted vouchers' latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                window.documents(),
                window.seconds(),
                window.documentsPerSecond(),
                window.latency().p50Millis(),
                window.latency().p99Millis(),
                window.latency().maxMillis());
        out.println("other answers: " + describe(window.others()));
        if (!errors.isEmpty()) {
            out.println("first answers that were not documents (warm-up included):");
            errors.forEach(error -> out.println("  " + error));
        }
        out.println("server heap: " + heapNote);
        if (cpuNanos >= 0) {
            out.printf(
                    Locale.ROOT,
                    "load generator: %.1f of %d cores busy in this JVM during the window%n",
                    cpuNanos / 1e9 / window.seconds(),
                    Runtime.getRuntime().availableProcessors());
        }
        String line = resultLine(options.dbLabel(), window.documentsPerSecond(), window.latency(), heapMb);
        out.println(line);
        return new Result(line, !errors.isEmpty());
    }

    /** This JVM's CPU time, or a negative number where the platform does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    private String userLogin() {
        return ApiClient.basic(options.user(), options.password());
    }

    private static String describe(Map<String, Long> answers) {
        return answers.isEmpty()
                ? "none"
                : answers.entrySet().stream()
                        .map(answer -> answer.getKey() + " x" + answer.getValue())
                        .collect(Collectors.joining(", "));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("backoffice-api-bench-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    private static void deleteDatabaseFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(ServerDatabase.SQLITE_FILE))
                    .toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover benchmark database in the temporary directory is harmless
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
