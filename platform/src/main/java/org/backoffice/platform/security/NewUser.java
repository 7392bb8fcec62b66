package org.backoffice.platform.security;

import java.util.Set;
import java.util.regex.Pattern;

/** A request to create a user. */
public record NewUser(String username, String displayName, Set<Role> roles, Set<String> branches, boolean allBranches) {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    public NewUser {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "username: must be 2..64 lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("displayName: must be given, at most 200 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("roles: at least one role must be given");
        }
        branches = branches == null ? Set.of() : Set.copyOf(branches);
        if (!allBranches && branches.isEmpty()) {
            throw new IllegalArgumentException("branches: at least one branch, or all branches, must be granted");
        }
        roles = Set.copyOf(roles);
    }
}
