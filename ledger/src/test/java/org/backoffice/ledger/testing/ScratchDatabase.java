package org.backoffice.ledger.testing;

import org.backoffice.ledger.LedgerConfig;

/** A database made for one test; closing it drops it. */
public record ScratchDatabase(TestDatabase kind, String url, Runnable drop) implements AutoCloseable {

    /** A config for this database that expires pending transfers only when a test asks. */
    public LedgerConfig config() {
        return LedgerConfig.of(url).withExpiryInterval(java.time.Duration.ZERO);
    }

    @Override
    public void close() {
        drop.run();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase();
    }
}
