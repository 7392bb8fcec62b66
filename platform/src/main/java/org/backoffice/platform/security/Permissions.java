package org.backoffice.platform.security;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Which roles may take which action on which document type. */
public final class Permissions {
    private final Map<String, Map<Action, Set<Role>>> grants = new HashMap<>();

    public Permissions grant(String documentType, Action action, Role... roles) {
        grants.computeIfAbsent(documentType, t -> new HashMap<>())
                .computeIfAbsent(action, a -> EnumSet.noneOf(Role.class))
                .addAll(Set.of(roles));
        return this;
    }

    public boolean allows(Actor actor, String documentType, Action action) {
        Set<Role> allowed = grants.getOrDefault(documentType, Map.of()).getOrDefault(action, Set.of());
        for (Role role : actor.roles()) {
            if (allowed.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public void require(Actor actor, String documentType, Action action) {
        if (!allows(actor, documentType, action)) {
            throw new SecurityException(
                    actor.username() + " may not " + action.name().toLowerCase() + " " + documentType);
        }
    }

    public Set<Role> rolesFor(String documentType, Action action) {
        return Set.copyOf(grants.getOrDefault(documentType, Map.of()).getOrDefault(action, Set.of()));
    }
}
