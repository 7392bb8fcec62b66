package org.backoffice.securities.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.TransactionId;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.settlement.internal.DerivedIds;
import org.backoffice.securities.settlement.internal.InstructionStep;
import org.backoffice.securities.settlement.internal.Legs;

/**
 * A settlement in part: the settled part of each leg is posted (the fees in proportion, rounded half
 * even) and a new pending transfer reserves the rest. The two movements are linked: both are
 * applied or neither, so the instruction never stands with its rest unreserved.
 */
final class PartialSettlement {
    private final InstructionSteps steps;

    PartialSettlement(InstructionSteps steps) {
        this.steps = steps;
    }

    PreparedStep prepare(Actor actor, Instruction in, SettlementConfirmation confirmation, long quantity, long amount) {
        InstructionStatus next = in.status().moveTo(InstructionStatus.PARTIALLY_SETTLED);
        long fees = BigDecimal.valueOf(in.remainingFees())
                .multiply(BigDecimal.valueOf(quantity))
                .divide(BigDecimal.valueOf(in.remainingQuantity()), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        int sequence = in.sequence() + 1;
        DepoAccount depo = steps.depo(in);
        TransactionId postId = DerivedIds.post(in.id(), sequence);
        TransactionId rest = DerivedIds.of(in.id(), "REST", sequence);
        Legs.Parts reserved = InstructionSteps.remaining(in);
        Legs.Parts settled = new Legs.Parts(quantity, amount, fees);
        PostPending post = new PostPending(
                postId,
                TransactionId.of(in.pendingTransaction()),
                confirmation.settlementDate(),
                Legs.aligned(in.dvp(), depo.house(), reserved, settled),
                InstructionSteps.memo(in, confirmation.confirmationReference()));
        Instruction after = in.withState(
                next,
                in.settledQuantity() + quantity,
                in.settledAmount() + amount,
                in.settledFees() + fees,
                rest.value(),
                sequence,
                in.cancelReason(),
                in.cancelRequestedBy());
        InstructionEvent event = steps.event(
                in,
                next,
                null,
                "partially settled " + quantity + " " + in.isin(),
                confirmation.confirmationReference(),
                actor);
        InstructionStep step = new InstructionStep(
                event.id(),
                in,
                after,
                event,
                SettlementConfirmations.key(confirmation),
                List.of(
                        post,
                        steps.pendingTransfer(
                                in,
                                depo,
                                new Legs.Parts(
                                        reserved.quantity() - quantity,
                                        reserved.amount() - amount,
                                        reserved.fees() - fees),
                                rest.value())),
                new InstructionStep.Settled(
                        sequence,
                        confirmation.confirmationReference(),
                        postId.value(),
                        quantity,
                        amount,
                        fees,
                        confirmation.settlementDate()),
                null,
                null,
                null);
        return new PreparedStep(SettlementKinds.PARTIALS, step, "partial settlement");
    }
}
