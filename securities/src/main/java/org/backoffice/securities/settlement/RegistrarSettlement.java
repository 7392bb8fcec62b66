package org.backoffice.securities.settlement;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.TransactionId;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.settlement.internal.DerivedIds;
import org.backoffice.securities.settlement.internal.InstructionStep;

/**
 * A registrar-held instrument settles when the registrar has re-registered the ownership: the
 * instruction's reservation is posted in full, and the transfer order's own rows commit in the same
 * transaction as the posting and the instruction's new state.
 */
final class RegistrarSettlement {
    private final InstructionSteps steps;

    RegistrarSettlement(InstructionSteps steps) {
        this.steps = steps;
    }

    /** The step settling the instruction by its transfer order; recorded by whoever completes the order. */
    InstructionStep prepare(
            Actor checker, Instruction in, String orderNumber, LocalDate valueDate, Ledger.SqlWork<?> orderRows) {
        if (!in.registrar()) {
            throw InvalidDocumentException.of("reference", in.reference() + " settles by depository confirmations");
        }
        InstructionStatus next = in.status().moveTo(InstructionStatus.SETTLED);
        if (in.pendingTransaction() == null) {
            throw new IllegalStateException(
                    "status: instruction " + in.reference() + " has nothing reserved to settle");
        }
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
        InstructionEvent event =
                steps.event(in, next, null, "ownership re-registered by the registrar", orderNumber, checker);
        return new InstructionStep(
                event.id(),
                in,
                after,
                event,
                "TO:" + orderNumber,
                List.of(new PostPending(
                        postId,
                        TransactionId.of(in.pendingTransaction()),
                        valueDate,
                        List.of(),
                        InstructionSteps.memo(in, orderNumber))),
                new InstructionStep.Settled(
                        sequence,
                        orderNumber,
                        postId.value(),
                        in.remainingQuantity(),
                        in.remainingAmount(),
                        in.remainingFees(),
                        valueDate),
                null,
                null,
                orderRows);
    }

    void record(Actor checker, InstructionStep step) {
        steps.record(checker, SettlementKinds.REGISTRAR_SETTLEMENTS, step, "settlement");
    }
}
