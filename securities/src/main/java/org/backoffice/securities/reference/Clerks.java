package org.backoffice.securities.reference;

import org.backoffice.platform.Platform;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;

/**
 * Who may keep the securities reference data: the profile grants {@link #TYPE} to middle office
 * operators, controllers and administrators.
 */
public final class Clerks {
    /** The permission type of keeping markets, instruments, counterparties and depo accounts. */
    public static final String TYPE = "SecuritiesReferenceData";

    private Clerks() {}

    static void require(Platform platform, Actor actor) {
        platform.permissions().require(actor, TYPE, Action.CREATE);
    }
}
