package org.backoffice.securities.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** The securities module's tables, migrated by Flyway beside the platform's, with a history of their own. */
public final class SecuritiesSchema {
    private SecuritiesSchema() {}

    public static void migrate(String url) {
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "sqlite";
        if (vendor.equals("sqlite")) {
            createParent(url);
        }
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/securities/common", "classpath:db/securities/" + vendor)
                .table("securities_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }

    private static void createParent(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        file = query >= 0 ? file.substring(0, query) : file;
        if (file.isEmpty() || file.contains(":memory:")) {
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
