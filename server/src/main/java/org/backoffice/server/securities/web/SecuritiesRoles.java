package org.backoffice.server.securities.web;

import java.util.List;
import org.backoffice.securities.reference.Clerks;
import org.backoffice.securities.trade.TradeCaptureKind;
import org.backoffice.server.web.Table.Action;
import org.backoffice.server.web.Viewer;

/**
 * Who the securities pages offer what, by the platform's grants the services check: the services refuse the rest
 * whatever a page shows, so these only decide which buttons and forms a viewer sees, and refuse a form's address
 * typed by hand.
 */
final class SecuritiesRoles {
    private SecuritiesRoles() {}

    /** Keeps reference data (markets, instruments, counterparties, depo accounts): whoever is granted it. */
    static boolean clerk(Viewer viewer) {
        return viewer.may(Clerks.TYPE, org.backoffice.platform.security.Action.CREATE);
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

    /** Captures and amends trades and sends their instructions: whoever is granted trade capture. */
    static boolean capturer(Viewer viewer) {
        return viewer.may(TradeCaptureKind.TYPE, org.backoffice.platform.security.Action.CREATE);
    }

    static void requireCapturer(Viewer viewer) {
        if (!capturer(viewer)) {
            throw new SecurityException(viewer.username() + " may not capture or amend trades: an operator does");
        }
    }
}
