package org.backoffice.banking.reconciliation.internal;

import org.backoffice.platform.Platform;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Permissions;
import org.backoffice.platform.security.Role;

/**
 * Who may do what in the reconciliation of nostro accounts, granted on the platform's permissions in
 * the bank's profile; everyone who sees a branch may look.
 */
public final class ReconGrants {
    /** Register nostro accounts. */
    public static final String REGISTER = "NostroAccount";

    /** Import statements and run the matching. */
    public static final String IMPORT = "NostroStatementImport";

    /** Assign and resolve breaks. */
    public static final String RESOLVE = "NostroBreakResolution";

    private ReconGrants() {}

    public static void grant(Permissions permissions) {
        permissions
                .grant(REGISTER, Action.CREATE, Role.ADMINISTRATOR, Role.ACCOUNTANT)
                .grant(IMPORT, Action.CREATE, Role.OPERATOR, Role.CONTROLLER, Role.ACCOUNTANT, Role.TREASURER)
                .grant(RESOLVE, Action.CREATE, Role.OPERATOR, Role.CONTROLLER, Role.ACCOUNTANT);
    }

    public static void require(Platform platform, Actor actor, String type, String what) {
        if (!platform.permissions().allows(actor, type, Action.CREATE)) {
            throw new SecurityException(actor.username() + " may not " + what + ": that takes one of the roles "
                    + platform.permissions().rolesFor(type, Action.CREATE).stream()
                            .map(Role::name)
                            .sorted()
                            .toList());
        }
    }
}
