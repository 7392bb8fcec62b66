package org.backoffice.securities.reconciliation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakResolution;
import org.backoffice.platform.reconciliation.Breaks;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.reconciliation.internal.Found;
import org.backoffice.securities.reconciliation.internal.Scope;

/**
 * The differences found against statements, as breaks on the platform's break lifecycle. A break is
 * keyed by statement, kind, account, subject and what differs, so reading the same statement twice
 * opens no break twice. A controller (or an administrator) assigns; the owner or a controller
 * resolves, with the resolution in words.
 */
public final class SecuritiesBreaks {
    /** The permission type of giving a break to a user: controllers and administrators are granted it. */
    public static final String ASSIGNMENT = "SecuritiesBreakAssignment";

    /** The permission type of resolving any break, not only one's own: controllers are granted it. */
    public static final String RESOLUTION = "SecuritiesBreakResolution";

    private final Platform platform;
    private final Breaks breaks;

    public SecuritiesBreaks(Platform platform, Breaks breaks) {
        this.platform = platform;
        this.breaks = breaks;
    }

    /** Stores what a statement's comparison found; a difference found before is counted, not opened again. */
    ReconciliationResult store(Actor actor, Scope scope, String statementRef, int compared, List<Found> found) {
        Map<String, Found> byKey = new LinkedHashMap<>();
        for (Found f : found) {
            byKey.putIfAbsent(f.key(statementRef, scope.account()), f);
        }
        if (byKey.isEmpty()) {
            return new ReconciliationResult(statementRef, compared, List.of(), 0);
        }
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "RECONCILE",
                "Statement",
                statementRef,
                scope.branch(),
                null,
                "{\"account\":" + Rows.quoted(scope.account()) + ",\"differences\":" + byKey.size() + "}");
        long now = Micros.now(platform.clock());
        List<Long> opened = platform.change(List.of(audit), c -> {
            Set<String> existing = breaks.existing(c, byKey.keySet());
            List<Long> ids = new ArrayList<>();
            for (Map.Entry<String, Found> e : byKey.entrySet()) {
                if (!existing.contains(e.getKey())) {
                    ids.add(breaks.open(c, e.getValue().toBreak(statementRef, scope, breaks.today()), now));
                }
            }
            return ids;
        });
        Actor reader = Actor.system("reconciliation");
        List<Break> read =
                opened.stream().map(id -> breaks.find(reader, id).orElseThrow()).toList();
        return new ReconciliationResult(statementRef, compared, read, byKey.size() - opened.size());
    }

    /** The breaks of the branches the actor sees, oldest first; the query's kind is a {@link BreakKind}. */
    public List<Break> breaks(Actor actor, BreakQuery query) {
        return breaks.list(actor, query);
    }

    /** Gives the break to a user to work on; a controller (or an administrator) assigns. */
    public Break assign(Actor actor, long breakId, String owner) {
        platform.permissions().require(actor, ASSIGNMENT, Action.CREATE);
        return breaks.assign(actor, visible(actor, breakId), owner);
    }

    /** Closes the break with a resolution in words; its owner or a controller resolves. */
    public Break resolve(Actor actor, long breakId, String resolution) {
        Break found = visible(actor, breakId);
        if (!actor.username().equals(found.owner())
                && !platform.permissions().allows(actor, RESOLUTION, Action.CREATE)) {
            throw new SecurityException(
                    actor.username() + " may not resolve break " + breakId + ": its owner or a controller does");
        }
        if (resolution == null || resolution.isBlank()) {
            throw InvalidDocumentException.of("resolution", "must be given");
        }
        if (resolution.strip().length() > BreakResolution.MAX_NOTE) {
            throw InvalidDocumentException.of("resolution", "at most " + BreakResolution.MAX_NOTE + " characters");
        }
        return breaks.resolve(actor, found, BreakResolution.of(resolution));
    }

    private Break visible(Actor actor, long breakId) {
        return breaks.find(actor, breakId)
                .orElseThrow(() -> InvalidDocumentException.of("break", "no such break: " + breakId));
    }
}
