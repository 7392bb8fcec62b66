package org.backoffice.securities.settlement;

import java.util.List;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.TransactionId;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.settlement.internal.DerivedIds;
import org.backoffice.securities.settlement.internal.InstructionStep;

/**
 * The depository's settlement confirmations (MT544-547, sese.025). The last one posts what the
 * instruction still reserves, both legs together; one that settles in part is a {@link
 * PartialSettlement}, and one that reverses a settlement a {@link SettlementReversal}. The same
 * confirmation twice changes nothing.
 */
final class SettlementConfirmations {
    private final InstructionSteps steps;
    private final PartialSettlement partial;
    private final SettlementReversal reversal;

    SettlementConfirmations(InstructionSteps steps, PartialSettlement partial, SettlementReversal reversal) {
        this.steps = steps;
        this.partial = partial;
        this.reversal = reversal;
    }

    /** The key under which a confirmation is applied once. */
    static String key(SettlementConfirmation confirmation) {
        return (confirmation.reversal() ? "RVSL:" : "CONF:") + confirmation.confirmationReference();
    }

    PreparedStep prepare(Actor actor, Instruction in, SettlementConfirmation confirmation) {
        if (in.registrar()) {
            throw InvalidDocumentException.of(
                    "reference",
                    in.reference() + " settles through the registrar's transfer order, not depository confirmations");
        }
        if (!confirmation.isin().equals(in.isin())) {
            throw InvalidDocumentException.of(
                    "isin", "must be the instruction's " + in.isin() + ", was " + confirmation.isin());
        }
        if (confirmation.direction() != in.direction()) {
            throw InvalidDocumentException.of(
                    "direction", "must be the instruction's " + in.direction() + ", was " + confirmation.direction());
        }
        long quantity = steps.units(in, confirmation.settledQuantity());
        if (confirmation.reversal()) {
            return reversal.prepare(actor, in, confirmation, quantity);
        }
        long amount = in.dvp() ? steps.minor(in, confirmation.settledAmount()) : 0;
        if (in.pendingTransaction() == null) {
            throw new IllegalStateException("status: instruction " + in.reference() + " is " + in.status()
                    + " and has nothing reserved to settle");
        }
        if (quantity > in.remainingQuantity()) {
            throw InvalidDocumentException.of(
                    "settledQuantity",
                    "must not exceed the "
                            + steps.securities(in, in.remainingQuantity()).plain() + " still to settle, was "
                            + steps.securities(in, quantity).plain());
        }
        if (amount > in.remainingAmount()) {
            throw InvalidDocumentException.of(
                    "settledAmount",
                    "must not exceed the "
                            + steps.money(in, in.remainingAmount()).plain() + " still to settle, was "
                            + steps.money(in, amount).plain());
        }
        boolean last = quantity == in.remainingQuantity();
        if (!confirmation.partial() && !last) {
            throw InvalidDocumentException.of(
                    "settledQuantity",
                    "a final confirmation settles the "
                            + steps.securities(in, in.remainingQuantity()).plain() + " still to settle, was "
                            + steps.securities(in, quantity).plain());
        }
        if (last && in.dvp() && amount != in.remainingAmount()) {
            throw InvalidDocumentException.of(
                    "settledAmount",
                    "the last settlement pays the "
                            + steps.money(in, in.remainingAmount()).plain() + " still to settle, was "
                            + steps.money(in, amount).plain());
        }
        if (!last) {
            return partial.prepare(actor, in, confirmation, quantity, amount);
        }
        InstructionStatus next = in.status().moveTo(InstructionStatus.SETTLED);
        int sequence = in.sequence() + 1;
        TransactionId postId = DerivedIds.post(in.id(), sequence);
        Instruction after = in.withState(
                next,
                in.quantity(),
                in.dvp() ? in.settlementAmount() : 0,
                in.fees(),
                null,
                sequence,
                in.cancelReason(),
                in.cancelRequestedBy());
        InstructionEvent event = steps.event(
                in, next, null, "settled " + quantity + " " + in.isin(), confirmation.confirmationReference(), actor);
        InstructionStep step = new InstructionStep(
                event.id(),
                in,
                after,
                event,
                key(confirmation),
                List.of(new PostPending(
                        postId,
                        TransactionId.of(in.pendingTransaction()),
                        confirmation.settlementDate(),
                        List.of(),
                        InstructionSteps.memo(in, confirmation.confirmationReference()))),
                new InstructionStep.Settled(
                        sequence,
                        confirmation.confirmationReference(),
                        postId.value(),
                        quantity,
                        amount,
                        in.remainingFees(),
                        confirmation.settlementDate()),
                null,
                null,
                null);
        return new PreparedStep(SettlementKinds.CONFIRMATIONS, step, "settlement");
    }
}
