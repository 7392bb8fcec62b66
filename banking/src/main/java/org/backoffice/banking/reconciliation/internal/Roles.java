package org.backoffice.banking.reconciliation.internal;

import java.util.Set;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;

/** Who may do what in the reconciliation of nostro accounts; everyone who sees a branch may look. */
public final class Roles {
    /** Register nostro accounts. */
    public static final Set<Role> REGISTRARS = Set.of(Role.ADMINISTRATOR, Role.ACCOUNTANT);

    /** Import statements and run the matching. */
    public static final Set<Role> IMPORTERS = Set.of(Role.OPERATOR, Role.CONTROLLER, Role.ACCOUNTANT, Role.TREASURER);

    /** Assign and resolve breaks. */
    public static final Set<Role> RESOLVERS = Set.of(Role.OPERATOR, Role.CONTROLLER, Role.ACCOUNTANT);

    private Roles() {}

    public static void requireAny(Actor actor, Set<Role> roles, String what) {
        if (roles.stream().noneMatch(actor::has)) {
            throw new SecurityException(actor.username() + " may not " + what + ": that takes one of the roles "
                    + roles.stream().map(Role::name).sorted().toList());
        }
    }
}
