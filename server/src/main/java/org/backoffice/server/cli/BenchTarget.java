package org.backoffice.server.cli;

/** Where a benchmark writes: the --url given, else data/bench for SQLite or the local PostgreSQL. */
final class BenchTarget {
    private BenchTarget() {}

    static String url(String db, String url) {
        if (url != null) {
            return url;
        }
        String env = System.getenv(ServeCommand.DB_URL_VARIABLE);
        if (db.equals("sqlite")) {
            return "data/bench";
        }
        return env != null && env.startsWith("jdbc:postgresql:")
                ? env
                : "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    }
}
