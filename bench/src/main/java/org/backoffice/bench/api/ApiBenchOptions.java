package org.backoffice.bench.api;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * How to run the REST API benchmark.
 *
 * @param db the database of the server the bench starts: {@code sqlite} or {@code postgres}
 * @param url a running server to load instead of starting one; {@code null} to start one
 * @param postgresUrl the PostgreSQL database for {@code --db postgres}; created if missing, and
 *     the schema {@value #SCHEMA} in it recreated for every run
 * @param user the login that takes a token and posts the vouchers
 * @param clients concurrent clients, each with one request in flight
 * @param serverHeap the started server's maximum heap, as for {@code java -Xmx}
 */
public record ApiBenchOptions(
        String db,
        URI url,
        String postgresUrl,
        String user,
        String password,
        int clients,
        int seconds,
        int warmupSeconds,
        String serverHeap) {
    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/backoffice_bench?user=postgres";
    public static final String SCHEMA = "api_bench";

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

    public ApiBenchOptions {
        if (!db.equals("sqlite") && !db.equals("postgres")) {
            throw new IllegalArgumentException("db: must be sqlite or postgres, was " + db);
        }
        if (url != null) {
            if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                throw new IllegalArgumentException("url: must be an http or https URL with a host, was " + url);
            }
            String text = url.toString();
            url = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        }
        if (!postgresUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("postgres url: must start with jdbc:postgresql:, was " + postgresUrl);
        }
        if (user.isBlank() || password.isEmpty()) {
            throw new IllegalArgumentException("user and password: must not be blank");
        }
        if (clients <= 0) {
            throw new IllegalArgumentException("clients: must be positive, was " + clients);
        }
        if (seconds <= 0) {
            throw new IllegalArgumentException("seconds: must be positive, was " + seconds);
        }
        if (warmupSeconds < 0) {
            throw new IllegalArgumentException("warmup: must not be negative, was " + warmupSeconds);
        }
        if (!HEAP.matcher(serverHeap).matches()) {
            throw new IllegalArgumentException("server heap: must be a size such as 512m or 2g, was " + serverHeap);
        }
    }

    /** The defaults of {@code backoffice bench api}. */
    public static ApiBenchOptions defaults() {
        return new ApiBenchOptions("sqlite", null, DEFAULT_POSTGRES_URL, "operator.ho", "demo", 32, 20, 5, "512m");
    }

    /** What the last line calls the database: {@code external} for a server the bench did not start. */
    public String dbLabel() {
        return url == null ? db : "external";
    }
}
