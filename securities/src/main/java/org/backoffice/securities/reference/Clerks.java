package org.backoffice.securities.reference;

import java.util.List;
import org.backoffice.ledger.Ledger;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
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

    /** Runs the insert of a new piece of reference data together with its CREATE audit record. */
    static <T> T created(
            Platform platform, Actor actor, String type, String key, String details, Ledger.SqlWork<T> insert) {
        return platform.change(
                List.of(new AuditRecord(actor.username(), "CREATE", type, key, null, null, details)), insert);
    }
}
