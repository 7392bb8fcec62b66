package org.backoffice.banking.internal;

import org.backoffice.platform.jdbc.ModuleSchema;

/** The banking module's tables, migrated by Flyway beside the platform's, with a history of their own. */
public final class BankingSchema {
    private BankingSchema() {}

    public static void migrate(String url) {
        ModuleSchema.migrate(url, "banking");
    }
}
