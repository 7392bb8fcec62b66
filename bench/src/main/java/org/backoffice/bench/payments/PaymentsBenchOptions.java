package org.backoffice.bench.payments;

/**
 * What the payments benchmark runs.
 *
 * @param db sqlite or postgres
 * @param url for SQLite the directory of the database file; for PostgreSQL the database's URL
 * @param count payments in the incoming file
 * @param accounts beneficiary accounts the payments are spread over
 */
public record PaymentsBenchOptions(String db, String url, int count, int accounts) {
    public PaymentsBenchOptions {
        if (!db.equals("sqlite") && !db.equals("postgres")) {
            throw new IllegalArgumentException("db: must be sqlite or postgres, was '" + db + "'");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count: must be 1 or more, was " + count);
        }
        if (accounts < 1 || accounts > count) {
            throw new IllegalArgumentException("accounts: must be within 1..count, was " + accounts);
        }
    }
}
