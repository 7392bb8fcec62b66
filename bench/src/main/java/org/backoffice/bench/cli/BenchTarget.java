package org.backoffice.bench.cli;

/** Where a benchmark writes: the --url given, else data/bench for SQLite or the local PostgreSQL. */
final class BenchTarget {
    /** Where {@code backoffice serve} finds its database, and the benchmarks their PostgreSQL. */
    static final String DB_URL_VARIABLE = "BACKOFFICE_DB_URL";

    private BenchTarget() {}

    static String url(String db, String url) {
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
