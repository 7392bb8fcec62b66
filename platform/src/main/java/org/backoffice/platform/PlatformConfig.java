package org.backoffice.platform;

import java.util.List;
import java.util.Objects;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.platform.profile.Profile;
import org.backoffice.platform.profile.Profiles;
import org.backoffice.platform.security.PasswordHasher;

/**
 * How to open the platform: the ledger's configuration (database, clock, writers), the password
 * hasher and the profiles an installation may be prepared with. The platform adds its own
 * companion to the ledger's configuration.
 *
 * @param node this process's node number for ids (0..767), distinct per server sharing a database
 * @param profiles the profiles to choose from by name; a module above the platform (banking) brings
 *     its own, which add its document types to the platform's
 */
public record PlatformConfig(LedgerConfig ledger, PasswordHasher hasher, int node, List<Profile> profiles) {
    public PlatformConfig {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(hasher, "hasher");
        if (node < 0 || node > 767) {
            throw new IllegalArgumentException("node: must be within 0..767, was " + node);
        }
        if (profiles == null || profiles.isEmpty()) {
            throw new IllegalArgumentException("profiles: at least one is required");
        }
        profiles = List.copyOf(profiles);
    }

    public PlatformConfig(LedgerConfig ledger, PasswordHasher hasher, int node) {
        this(ledger, hasher, node, Profiles.all());
    }

    public static PlatformConfig of(LedgerConfig ledger, PasswordHasher hasher) {
        return new PlatformConfig(ledger, hasher, new java.security.SecureRandom().nextInt(768));
    }

    public PlatformConfig withProfiles(List<Profile> newProfiles) {
        return new PlatformConfig(ledger, hasher, node, newProfiles);
    }

    /** The profile of that name. */
    public Profile profile(String name) {
        return profiles.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("profile: must be one of "
                        + profiles.stream().map(Profile::name).toList() + ", was '" + name + "'"));
    }
}
