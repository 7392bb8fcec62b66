package org.backoffice.securities.internal;

import org.backoffice.platform.jdbc.ModuleSchema;

/** The securities module's tables, migrated by Flyway beside the platform's, with a history of their own. */
public final class SecuritiesSchema {
    private SecuritiesSchema() {}

    public static void migrate(String url) {
        ModuleSchema.migrate(url, "securities");
    }
}
