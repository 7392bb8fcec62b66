package org.backoffice.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** The platform's tables, migrated by Flyway from a common folder and one per database. */
public final class Schema {
    private Schema() {}

    public static void migrate(String url) {
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "sqlite";
        if (vendor.equals("sqlite")) {
            createParent(url);
        }
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/platform/common", "classpath:db/platform/" + vendor)
                .table("platform_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
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
