package org.backoffice.bench.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import org.backoffice.bench.api.ApiBench;
import org.backoffice.bench.api.ApiBenchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backoffice bench api}: documents per second through the REST API. */
@Command(
        name = "api",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measure documents per second through the REST API.",
            "",
            "Clients in a closed loop post two-line journal vouchers under the approval threshold (POST /api/journal-vouchers?submit=true), which post"
                    + " at once; only answers 201 with status POSTED count. Also reports the posted vouchers'"
                    + " p50/p99 latency and the server's peak used heap, read from /actuator/prometheus every second.",
            "",
            "Unless --url is given, starts `backoffice serve --demo` in a child JVM on a free port: on SQLite, a"
                    + " fresh file in a temporary directory; on PostgreSQL, the database of --postgres-url (created"
                    + " if missing) with its schema " + ApiBenchOptions.SCHEMA + " dropped and created again.",
            "",
            "Exits 0 when the run completed (the figures are reported, not judged), 1 when it could not run."
                    + " The last line is machine-readable:",
            "  api-bench db=sqlite docs_per_s=... p50_ms=... p99_ms=... heap_mb=...",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice bench api", "  backoffice bench api --db postgres --seconds 30"})
final class ApiBenchCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(
            names = "--db",
            paramLabel = "DB",
            defaultValue = "sqlite",
            description = "database of the started server: sqlite or postgres (default: ${DEFAULT-VALUE})")
    String db;

    @Option(
            names = "--url",
            paramLabel = "http://HOST:PORT",
            description = "load a running server instead of starting one; the last line then says db=external")
    String url;

    @Option(
            names = "--user",
            paramLabel = "LOGIN",
            defaultValue = "operator.ho",
            description = "login that posts (default: ${DEFAULT-VALUE})")
    String user;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            defaultValue = "demo",
            description = "its password (default: ${DEFAULT-VALUE})")
    String password;

    @Option(
            names = "--clients",
            paramLabel = "N",
            defaultValue = "32",
            description = "concurrent clients, one request in flight each (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(
            names = "--seconds",
            paramLabel = "N",
            defaultValue = "20",
            description = "measured seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "30",
            description = "warm-up seconds, not counted, while the JIT compiles (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(
            names = "--server-heap",
            paramLabel = "SIZE",
            defaultValue = "512m",
            description = "maximum heap of the started server, as for java -Xmx (default: ${DEFAULT-VALUE})")
    String serverHeap;

    @Option(
            names = "--postgres-url",
            paramLabel = "JDBC_URL",
            defaultValue = ApiBenchOptions.DEFAULT_POSTGRES_URL,
            description = "PostgreSQL database for --db postgres (default: ${DEFAULT-VALUE})")
    String postgresUrl;

    @Override
    public Integer call() throws InterruptedException {
        ApiBenchOptions options = new ApiBenchOptions(
                db,
                url == null ? null : parseUrl(url),
                postgresUrl,
                user,
                password,
                clients,
                seconds,
                warmup,
                serverHeap);
        try {
            new ApiBench(options, bench.context.mainClass(), System.out).run();
            return 0;
        } catch (IllegalStateException e) {
            System.out.flush();
            System.err.println("error: api-bench could not run: " + e.getMessage());
            return 1;
        }
    }

    private static URI parseUrl(String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url: not a URL: " + value, e);
        }
    }
}
