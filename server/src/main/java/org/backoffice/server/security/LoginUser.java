package org.backoffice.server.security;

import java.util.Objects;
import java.util.Set;

/**
 * A user as the server needs them to sign in and to decide what they may see.
 *
 * @param username the name they sign in with
 * @param passwordHash the stored hash in {@link org.springframework.security.crypto.password.DelegatingPasswordEncoder}
 *     form ({@code {bcrypt}$2a$...}); null or empty for a user who signs in with tokens only
 * @param roles role names without a prefix: {@code OPERATOR}, {@code ADMINISTRATOR}, ...
 * @param branches codes of the branches granted to the user
 * @param allBranches whether the user sees every branch (then {@code branches} may be empty)
 * @param locked whether sign-in is refused (too many failures, or an administrator locked the account)
 */
public record LoginUser(
        String username,
        String passwordHash,
        Set<String> roles,
        Set<String> branches,
        boolean allBranches,
        boolean locked) {
    public LoginUser {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username: must not be blank");
        }
        roles = Set.copyOf(roles);
        branches = Set.copyOf(branches);
    }
}
