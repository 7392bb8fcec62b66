package org.backoffice.platform;

import java.util.Objects;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.platform.security.PasswordHasher;

/**
 * How to open the platform: the ledger's configuration (database, clock, writers) and the
 * password hasher. The platform adds its own companion to the ledger's configuration.
 *
 * @param node this process's node number for ids (0..767), distinct per server sharing a database
 */
public record PlatformConfig(LedgerConfig ledger, PasswordHasher hasher, int node) {
    public PlatformConfig {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(hasher, "hasher");
        if (node < 0 || node > 767) {
            throw new IllegalArgumentException("node: must be within 0..767, was " + node);
        }
    }

    public static PlatformConfig of(LedgerConfig ledger, PasswordHasher hasher) {
        return new PlatformConfig(ledger, hasher, new java.security.SecureRandom().nextInt(768));
    }
}
