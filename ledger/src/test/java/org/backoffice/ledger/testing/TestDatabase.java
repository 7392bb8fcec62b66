package org.backoffice.ledger.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases the suite runs on: SQLite always, PostgreSQL when reachable at {@code
 * BACKOFFICE_TEST_DB_URL} (default: database {@code backoffice_test} on 127.0.0.1:5432, user
 * postgres). Without PostgreSQL that half is skipped with one line saying so, unless {@code
 * BACKOFFICE_REQUIRE_POSTGRES=1}, when the suite fails.
 */
public enum TestDatabase {
    SQLITE,
    POSTGRESQL;

    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/backoffice_test?user=postgres";

    private static volatile Boolean postgresReachable;

    /** Every database available here; use as a {@code @MethodSource} or {@code @ParameterizedClass} source. */
    public static Stream<TestDatabase> available() {
        List<TestDatabase> kinds = new ArrayList<>(List.of(SQLITE));
        if (postgresAvailable()) {
            kinds.add(POSTGRESQL);
        }
        return kinds.stream();
    }

    public static String postgresUrl() {
        String url = System.getenv("BACKOFFICE_TEST_DB_URL");
        return url == null || url.isBlank() ? DEFAULT_POSTGRES_URL : url;
    }

    public static synchronized boolean postgresAvailable() {
        if (postgresReachable == null) {
            postgresReachable = probePostgres();
        }
        return postgresReachable;
    }

    private static boolean probePostgres() {
        try (Connection c = DriverManager.getConnection(postgresUrl())) {
            return c.isValid(5);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("BACKOFFICE_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(
                        "BACKOFFICE_REQUIRE_POSTGRES=1 but PostgreSQL is not reachable at " + redact(postgresUrl())
                                + ": " + e.getMessage(),
                        e);
            }
            System.err.println("PostgreSQL is not reachable at " + redact(postgresUrl()) + " (" + e.getMessage()
                    + "); skipping the PostgreSQL half of the suite.");
            return false;
        }
    }

    /** A new empty database of this kind: a new SQLite file, or a new PostgreSQL schema. */
    public ScratchDatabase create() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (this == SQLITE) {
            try {
                Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "ledger-");
                Path file = dir.resolve(name + ".db");
                return new ScratchDatabase(this, "jdbc:sqlite:" + file, () -> deleteRecursively(dir));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!postgresAvailable()) {
            throw new IllegalStateException("PostgreSQL is not available");
        }
        execute("CREATE SCHEMA " + name);
        String base = postgresUrl();
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new ScratchDatabase(this, url, () -> execute("DROP SCHEMA IF EXISTS " + name + " CASCADE"));
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(postgresUrl());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }

    private static String redact(String url) {
        int query = url.indexOf("password=");
        return query < 0 ? url : url.substring(0, query) + "password=…";
    }
}
