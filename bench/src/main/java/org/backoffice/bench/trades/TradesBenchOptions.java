package org.backoffice.bench.trades;

/**
 * What the trades benchmark runs.
 *
 * @param db sqlite or postgres
 * @param url for SQLite the directory of the database file; for PostgreSQL the database's URL
 * @param count fills in the FIX drop copy, one trade each
 * @param accounts client depo accounts the trades are spread over
 * @param instruments shares traded
 */
public record TradesBenchOptions(String db, String url, int count, int accounts, int instruments) {
    public TradesBenchOptions {
        if (!db.equals("sqlite") && !db.equals("postgres")) {
            throw new IllegalArgumentException("db: must be sqlite or postgres, was '" + db + "'");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count: must be 1 or more, was " + count);
        }
        if (accounts < 1 || accounts > 1_000_000) {
            throw new IllegalArgumentException("accounts: must be within 1..1000000, was " + accounts);
        }
        if (instruments < 1 || instruments > 99) {
            throw new IllegalArgumentException("instruments: must be within 1..99, was " + instruments);
        }
    }
}
