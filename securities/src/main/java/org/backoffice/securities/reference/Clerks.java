package org.backoffice.securities.reference;

import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;

/** Who may keep the securities reference data: middle office operators, controllers and administrators. */
final class Clerks {
    private Clerks() {}

    static void require(Actor actor) {
        if (!actor.has(Role.OPERATOR) && !actor.has(Role.CONTROLLER) && !actor.has(Role.ADMINISTRATOR)) {
            throw new SecurityException("only an operator, a controller or an administrator keeps reference data");
        }
    }
}
