package org.backoffice.securities.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.operation.OperationKind;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.settlement.internal.InstructionStep;
import org.backoffice.securities.settlement.internal.Legs;

/**
 * What every step of an instruction's life shares: the legs it reserves, the memo the ledger keeps,
 * amounts in the instrument's and the currency's units, and recording a step on the platform's path.
 */
final class InstructionSteps {
    static final String MEMO_REASON = "SETTLEMENT";

    final Platform platform;
    final SecuritiesSettings settings;
    final DepoAccounts depoAccounts;
    final Books books;

    InstructionSteps(Platform platform, SecuritiesSettings settings, DepoAccounts depoAccounts, Books books) {
        this.platform = platform;
        this.settings = settings;
        this.depoAccounts = depoAccounts;
        this.books = books;
    }

    /**
     * Records one step and waits for it.
     *
     * @throws IllegalStateException naming the field and rule when the ledger or the instruction's
     *     rows refused it; nothing was changed
     */
    void record(Actor actor, OperationKind<InstructionStep> kind, InstructionStep step, String what) {
        Outcome outcome = platform.operations().record(actor, kind, step);
        requireAccepted(outcome, what + " of " + step.before().reference());
    }

    static void requireAccepted(Outcome outcome, String what) {
        if (outcome instanceof Outcome.Rejected rejected) {
            throw new IllegalStateException(refusal(rejected, what));
        }
    }

    /** A rejection as {@code "field: rule"}. */
    static String refusal(Outcome.Rejected rejected, String what) {
        if (rejected.reason() == RejectionReason.PRECONDITION_FAILED && rejected.detail() != null) {
            return rejected.detail();
        }
        return "ledger: the " + what + " was refused: " + rejected.reason() + " " + nz(rejected.detail());
    }

    InstructionEvent event(
            Instruction before, InstructionStatus to, String reasonCode, String text, String sourceRef, Actor actor) {
        return new InstructionEvent(
                platform.ids().next().value(),
                before.id(),
                now(),
                before.status(),
                to,
                reasonCode,
                text,
                sourceRef,
                actor.username());
    }

    Instant now() {
        return platform.clock().instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), settings.zone());
    }

    DepoAccount depo(Instruction in) {
        return depoAccounts
                .find(in.depoAccount())
                .orElseThrow(() -> new IllegalStateException(
                        "depoAccount: " + in.depoAccount() + " of " + in.reference() + " is gone"));
    }

    Transfer pendingTransfer(Instruction in, DepoAccount depo, Legs.Parts parts, long id) {
        List<Posting> postings = Legs.postings(books, depo, in.direction(), in.dvp(), in.isin(), in.currency(), parts);
        return new Transfer(TransactionId.of(id), in.settlementDate(), postings, true, null, memo(in, null));
    }

    static Legs.Parts full(Instruction in) {
        return new Legs.Parts(in.quantity(), in.dvp() ? in.settlementAmount() : 0, in.fees());
    }

    static Legs.Parts remaining(Instruction in) {
        return new Legs.Parts(in.remainingQuantity(), in.remainingAmount(), in.remainingFees());
    }

    static Memo memo(Instruction in, String message) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("instruction", in.reference());
        if (message != null) {
            metadata.put("message", message);
        }
        return new Memo(in.reference(), MEMO_REASON, metadata);
    }

    long units(Instruction in, BigDecimal quantity) {
        try {
            return Amount.exact("settledQuantity", quantity, asset(in.isin())).units();
        } catch (IllegalArgumentException e) {
            throw InvalidDocumentException.from(e, "settledQuantity");
        }
    }

    long minor(Instruction in, BigDecimal amount) {
        if (amount == null) {
            throw InvalidDocumentException.of("settledAmount", "must be given for a settlement against payment");
        }
        try {
            return Amount.exact("settledAmount", amount, asset(in.currency())).units();
        } catch (IllegalArgumentException e) {
            throw InvalidDocumentException.from(e, "settledAmount");
        }
    }

    /** The instruction's cash: an amount of its currency. */
    Amount money(Instruction in, long units) {
        return Amount.of(asset(in.currency()), units);
    }

    /** The instruction's securities: an amount of the instrument, in its units. */
    Amount securities(Instruction in, long units) {
        return Amount.of(asset(in.isin()), units);
    }

    private Asset asset(String code) {
        return platform.accounts()
                .asset(code)
                .orElseThrow(() -> new IllegalStateException("no asset " + code + " in the ledger"));
    }

    static String nz(String text) {
        return text == null ? "" : text;
    }
}
