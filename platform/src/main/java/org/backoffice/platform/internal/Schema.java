package org.backoffice.platform.internal;

import org.backoffice.platform.jdbc.ModuleSchema;

/** The platform's tables, migrated by Flyway from a common folder and one per database. */
public final class Schema {
    private Schema() {}

    public static void migrate(String url) {
        ModuleSchema.migrate(url, "platform");
    }
}
