package org.backoffice.server.cli;

import java.nio.file.Path;
import org.backoffice.platform.document.FieldError;
import org.backoffice.server.DatabaseUrl;
import picocli.CommandLine.Option;

/** {@code --db}: the database a command works on, chosen as {@code serve} chooses it. */
final class DatabaseOption {
    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "the database's JDBC URL, e.g. jdbc:sqlite:bo.db or jdbc:postgresql://db/bo?user=bo"
                    + " (default: $" + ServeCommand.DB_URL_VARIABLE + ", else ./data/backoffice.db)")
    String db;

    DatabaseUrl resolve() {
        String url = ServeCommand.databaseUrl(db, System.getenv(ServeCommand.DB_URL_VARIABLE), Path.of("./data"));
        try {
            return DatabaseUrl.parse(url);
        } catch (IllegalArgumentException invalid) {
            throw CliError.database(FieldError.parse(invalid.getMessage()).message());
        }
    }
}
