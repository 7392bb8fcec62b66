package org.backoffice.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A benchmark's own database: a fresh SQLite file in a directory, or a fresh schema in a PostgreSQL
 * database, dropped when the benchmark is done.
 */
public final class ScratchDatabase implements AutoCloseable {
    private final String db;
    private final String base;
    private final String name;
    private final String url;

    private ScratchDatabase(String db, String base, String name, String url) {
        this.db = db;
        this.base = base;
        this.name = name;
        this.url = url;
    }

    /**
     * @param db sqlite or postgres
     * @param base for SQLite the directory of the file; for PostgreSQL the database's URL
     */
    public static ScratchDatabase create(String db, String base, String name) throws IOException {
        if (db.equals("sqlite")) {
            Path dir = Path.of(base);
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".db");
            deleteSqlite(file);
            return new ScratchDatabase(db, base, name, "jdbc:sqlite:" + file);
        }
        execute(base, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        execute(base, "CREATE SCHEMA " + name);
        return new ScratchDatabase(
                db,
                base,
                name,
                base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name + "&reWriteBatchedInserts=true");
    }

    public String url() {
        return url;
    }

    @Override
    public void close() throws IOException {
        if (db.equals("sqlite")) {
            deleteSqlite(Path.of(url.substring("jdbc:sqlite:".length())));
        } else {
            execute(base, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    private static void deleteSqlite(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql + ": " + e.getMessage(), e);
        }
    }
}
