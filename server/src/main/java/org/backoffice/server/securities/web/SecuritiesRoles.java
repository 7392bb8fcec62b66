package org.backoffice.server.securities.web;

import java.util.List;
import org.backoffice.platform.security.Role;
import org.backoffice.server.web.Table.Action;
import org.backoffice.server.web.Viewer;

/**
 * Who the securities pages offer what: the services refuse the rest whatever a page shows, so these only decide which
 * buttons and forms a viewer sees, and refuse a form's address typed by hand.
 */
final class SecuritiesRoles {
    private SecuritiesRoles() {}

    /** Keeps reference data (markets, instruments, counterparties, depo accounts): an operator, controller or admin. */
    static boolean clerk(Viewer viewer) {
        return viewer.actor().has(Role.OPERATOR)
                || viewer.actor().has(Role.CONTROLLER)
                || viewer.actor().has(Role.ADMINISTRATOR);
    }

    /** The action above a list of reference data, for a clerk; none for anyone else. */
    static List<Action> forClerk(Viewer viewer, Action action) {
        return clerk(viewer) ? List.of(action) : List.of();
    }

    static void requireClerk(Viewer viewer) {
        if (!clerk(viewer)) {
            throw new SecurityException(viewer.username() + " may not keep securities reference data");
        }
    }

    /** Captures and amends trades and sends their instructions: an operator or an administrator. */
    static boolean capturer(Viewer viewer) {
        return viewer.actor().has(Role.OPERATOR) || viewer.actor().has(Role.ADMINISTRATOR);
    }

    static void requireCapturer(Viewer viewer) {
        if (!capturer(viewer)) {
            throw new SecurityException(viewer.username() + " may not capture or amend trades: an operator does");
        }
    }
}
