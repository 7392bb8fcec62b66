package org.backoffice.platform.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A module's tables, migrated by Flyway from {@code db/MODULE/common} and {@code db/MODULE/VENDOR}
 * with a history table of the module's own, so that each module above the platform brings its
 * schema without knowing the others'. The platform's tables are migrated before a module's, so a
 * module's migration may build on them (carry its rows over into a table the platform took over).
 */
public final class ModuleSchema {
    private static final String PLATFORM = "platform";

    private ModuleSchema() {}

    /** Migrates the module's tables on the database at {@code url}, creating a SQLite file's folder. */
    public static void migrate(String url, String module) {
        if (!module.equals(PLATFORM)) {
            migrate(url, PLATFORM);
        }
        flyway(url, module, null);
    }

    /**
     * Migrates the module's tables only up to a version, the platform's not at all: how an
     * installation of that version looked, for a test that upgrades it.
     */
    public static void migrateTo(String url, String module, String version) {
        flyway(url, module, version);
    }

    private static void flyway(String url, String module, String target) {
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "sqlite";
        var configuration = Flyway.configure();
        if (vendor.equals("sqlite")) {
            createParent(url);
            configuration.dataSource(sqlite(url));
        } else {
            configuration.dataSource(url, null, null);
        }
        configuration
                .locations("classpath:db/" + module + "/common", "classpath:db/" + module + "/" + vendor)
                .table(module + "_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /**
     * On SQLite, a migration waits as long as the ledger's writer would for a lock held by a running
     * installation (its writer between batches, its checkpointer), instead of failing at once.
     */
    private static DataSource sqlite(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(30_000);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl(url);
        return sqlite;
    }

    private static void createParent(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file::memory:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the database's folder " + parent + ": " + e.getMessage(), e);
        }
    }
}
