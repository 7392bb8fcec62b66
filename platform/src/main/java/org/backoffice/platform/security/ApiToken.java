package org.backoffice.platform.security;

import java.time.Instant;

/** An API token as listed: never the token itself, which is shown once when created. */
public record ApiToken(long id, String username, String name, Instant createdAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
