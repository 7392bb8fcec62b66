package org.backoffice.platform.security;

import java.time.Instant;
import java.util.Set;

/** A user as stored: the password only as its hash. */
public record User(
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        Set<String> branches,
        boolean allBranches,
        boolean enabled,
        boolean mustChangePassword,
        int failedLogins,
        Instant lockedUntil) {
    public User {
        roles = Set.copyOf(roles);
        branches = Set.copyOf(branches);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.isAfter(now);
    }

    public Actor actor() {
        return new Actor(username, roles, branches, allBranches);
    }
}
