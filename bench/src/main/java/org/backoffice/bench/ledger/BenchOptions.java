package org.backoffice.bench.ledger;

/**
 * How to run the ledger benchmark.
 *
 * @param db {@code sqlite} or {@code postgres}
 * @param url the database URL; for PostgreSQL a scratch schema is created in it and dropped after
 * @param clients concurrent submitters
 * @param window transfers each client keeps in flight, waiting for durable outcomes
 * @param baselineSeconds how long the conventional design runs; 0 to skip it
 */
public record BenchOptions(
        String db,
        String url,
        Scenario scenario,
        int seconds,
        int warmupSeconds,
        int baselineSeconds,
        int accounts,
        int clients,
        int window,
        int writers,
        int maxBatch) {
    public BenchOptions {
        if (!db.equals("sqlite") && !db.equals("postgres")) {
            throw new IllegalArgumentException("db: must be sqlite or postgres, was " + db);
        }
        positive("seconds", seconds);
        positive("accounts", accounts);
        positive("clients", clients);
        positive("window", window);
        positive("writers", writers);
        positive("maxBatch", maxBatch);
        if (warmupSeconds < 0 || baselineSeconds < 0) {
            throw new IllegalArgumentException("warmup and baseline seconds: must not be negative");
        }
        if (accounts < 2) {
            throw new IllegalArgumentException("accounts: at least 2");
        }
    }

    private static void positive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + ": must be positive, was " + value);
        }
    }
}
