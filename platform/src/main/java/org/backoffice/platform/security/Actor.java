package org.backoffice.platform.security;

import java.util.Set;

/**
 * Who is acting: every service call names one, and the services check it, whatever the caller
 * (web page, API, command line) already checked.
 *
 * @param branches the branches granted; ignored when {@code allBranches}
 */
public record Actor(String username, Set<Role> roles, Set<String> branches, boolean allBranches) {
    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username: must be given");
        }
        roles = Set.copyOf(roles);
        branches = Set.copyOf(branches);
    }

    /** The command line acting on the operator's behalf on the machine itself. */
    public static Actor system(String name) {
        return new Actor(name, Set.of(Role.ADMINISTRATOR), Set.of(), true);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean canSee(String branch) {
        return allBranches || branches.contains(branch);
    }

    /** Refuses, as if the thing did not exist, what lies outside the actor's branches. */
    public void requireBranch(String branch) {
        if (!canSee(branch)) {
            throw new SecurityException("branch " + branch + " is not granted to " + username);
        }
    }

    public void requireRole(Role role) {
        if (!has(role)) {
            throw new SecurityException(username + " does not have the role " + role);
        }
    }
}
