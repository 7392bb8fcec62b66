package org.backoffice.banking.clearing;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.clearing.internal.ExceptionRows;
import org.backoffice.banking.clearing.internal.Netting;
import org.backoffice.banking.payment.ValueDates;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.IdempotencyKey;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;

/**
 * The exceptions queue: incoming payments held in head office's suspense account. An operator
 * proposes to return one to the sending bank or to re-route it to an account; the proposal is an
 * ExceptionResolution document that posts when a controller approves it.
 */
public final class ClearingExceptions {
    private final Platform platform;
    private final HouseAccounts house;
    private final ValueDates valueDates;

    public ClearingExceptions(Platform platform, HouseAccounts house, ValueDates valueDates) {
        this.platform = platform;
        this.house = house;
        this.valueDates = valueDates;
    }

    /**
     * The queue, oldest first.
     *
     * @param status OPEN, RETURNED or REROUTED; null for all
     */
    public List<ClearingException> list(Actor actor, String status, int page, int size) {
        requireHeadOffice(actor);
        if (status != null && !List.of("OPEN", "RETURNED", "REROUTED").contains(status)) {
            throw InvalidDocumentException.of("status", "must be OPEN, RETURNED or REROUTED, was '" + status + "'");
        }
        String where = status == null ? "" : " WHERE status = ?";
        Object[] args = status == null
                ? new Object[] {size, (long) page * size}
                : new Object[] {status, size, (long) page * size};
        return Sql.query(
                platform.ledger().readers(),
                "SELECT * FROM clearing_exceptions" + where + " ORDER BY created_at, id LIMIT ? OFFSET ?",
                ExceptionRows::row,
                args);
    }

    public ClearingException get(Actor actor, long id) {
        requireHeadOffice(actor);
        return Sql.one(
                        platform.ledger().readers(),
                        "SELECT * FROM clearing_exceptions WHERE id = ?",
                        ExceptionRows::row,
                        id)
                .orElseThrow(() -> new NoSuchElementException("clearing exception " + id + " not found"));
    }

    /** Proposes to send the payment back to the bank it came from, with the next clearing cycle. */
    public DocumentResult proposeReturn(Actor actor, long exceptionId, String reason, IdempotencyKey key) {
        ClearingException held = open(actor, exceptionId);
        return propose(
                actor,
                new ExceptionResolution(
                        held.id(),
                        Resolution.RETURN,
                        held.currency(),
                        held.amount(),
                        null,
                        held.debtorBic(),
                        reason == null ? null : reason.strip()),
                key);
    }

    /** Proposes to credit the payment to an account of this bank, open and kept in the payment's currency. */
    public DocumentResult proposeReroute(
            Actor actor, long exceptionId, String targetIban, String reason, IdempotencyKey key) {
        ClearingException held = open(actor, exceptionId);
        String iban = targetIban == null || Iban.problem(targetIban) != null
                ? targetIban
                : Iban.parse(targetIban).value();
        return propose(
                actor,
                new ExceptionResolution(
                        held.id(),
                        Resolution.REROUTE,
                        held.currency(),
                        held.amount(),
                        iban,
                        Netting.participant(held.debtorBic()),
                        reason == null ? null : reason.strip()),
                key);
    }

    private DocumentResult propose(Actor actor, ExceptionResolution body, IdempotencyKey key) {
        return platform.documents()
                .create(actor, valueDates.document(ExceptionResolutionKind.TYPE, house.headOffice(), body), true, key);
    }

    private ClearingException open(Actor actor, long exceptionId) {
        ClearingException held = get(actor, exceptionId);
        if (!held.status().equals("OPEN")) {
            throw InvalidDocumentException.of(
                    "exceptionId", "the exception was " + held.status().toLowerCase(Locale.ROOT) + " already");
        }
        return held;
    }

    private void requireHeadOffice(Actor actor) {
        actor.requireBranch(house.headOffice());
    }
}
