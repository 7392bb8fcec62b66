package org.backoffice.server.security;

import java.util.EnumSet;
import java.util.Set;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.springframework.security.core.Authentication;

/** The platform's {@link Actor} for a signed-in user: every service call names one. */
public final class CurrentActor {
    private CurrentActor() {}

    public static Actor of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof BackofficeUser user)) {
            throw new SecurityException("not signed in");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : user.getRoles()) {
            roles.add(Role.valueOf(role));
        }
        return new Actor(user.getUsername(), roles, user.getBranches(), user.isAllBranches());
    }
}
