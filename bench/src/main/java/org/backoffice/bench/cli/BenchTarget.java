package org.backoffice.bench.cli;

import picocli.CommandLine.Option;

/** Where a benchmark writes, the options of each: the --url given, else data/bench for SQLite or the local PostgreSQL. */
final class BenchTarget {
    /** Where {@code backoffice serve} finds its database, and the benchmarks their PostgreSQL. */
    static final String DB_URL_VARIABLE = "BACKOFFICE_DB_URL";

    @Option(names = "--db", defaultValue = "sqlite", description = "sqlite or postgres (default: ${DEFAULT-VALUE})")
    String db;

    @Option(
            names = "--url",
            description = "PostgreSQL URL (default: $BACKOFFICE_DB_URL, else the local postgres database as user"
                    + " postgres); for SQLite, the directory for the database file (default: data/bench)")
    String url;

    String url() {
        if (url != null) {
            return url;
        }
        String env = System.getenv(DB_URL_VARIABLE);
        if (db.equals("sqlite")) {
            return "data/bench";
        }
        return env != null && env.startsWith("jdbc:postgresql:")
                ? env
                : "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    }
}
