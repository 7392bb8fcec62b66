package org.backoffice.banking.internal;

import org.flywaydb.core.Flyway;

/** The banking module's tables, migrated by Flyway beside the platform's, with a history of their own. */
public final class BankingSchema {
    private BankingSchema() {}

    public static void migrate(String url) {
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "sqlite";
        if (vendor.equals("sqlite")) {
            createParent(url);
        }
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/banking/common", "classpath:db/banking/" + vendor)
                .table("banking_schema_history")
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
        java.nio.file.Path parent = java.nio.file.Path.of(file).toAbsolutePath().getParent();
        try {
            java.nio.file.Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the database's folder " + parent + ": " + e.getMessage(), e);
        }
    }
}
