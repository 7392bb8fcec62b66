package org.backoffice.bench.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh database for one benchmark run: a new SQLite file, or a new schema in PostgreSQL. */
final class BenchDatabase implements AutoCloseable {
    private final String url;
    private final Runnable drop;

    private BenchDatabase(String url, Runnable drop) {
        this.url = url;
        this.drop = drop;
    }

    static BenchDatabase create(BenchOptions options, String name) {
        if (options.db().equals("sqlite")) {
            Path dir = Path.of(options.url());
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create " + dir + ": " + e.getMessage(), e);
            }
            Path file = dir.resolve(name + ".db");
            return new BenchDatabase("jdbc:sqlite:" + file, () -> {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    try {
                        Files.deleteIfExists(Path.of(file + suffix));
                    } catch (IOException e) {
                        // a leftover benchmark file is harmless
                    }
                }
            });
        }
        String base = options.url();
        execute(base, "CREATE SCHEMA " + name);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new BenchDatabase(url, () -> execute(base, "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
    }

    String url() {
        return url;
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        drop.run();
    }
}
