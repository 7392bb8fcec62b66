package org.backoffice.securities.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.VoidPending;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.settlement.internal.DerivedIds;
import org.backoffice.securities.settlement.internal.InstructionStep;

/**
 * The depository reverses a settlement: the latest standing settlement of that quantity is
 * reversed, what the instruction still reserves is released, and everything not settled is
 * reserved again, all linked in one operation. The instruction is {@code PENDING} when nothing
 * settled remains, else {@code PARTIALLY_SETTLED}.
 */
final class SettlementReversal {
    private final InstructionSteps steps;

    SettlementReversal(InstructionSteps steps) {
        this.steps = steps;
    }

    private record Standing(int sequence, long tx, long quantity, long amount, long fees) {}

    PreparedStep prepare(Actor actor, Instruction in, SettlementConfirmation confirmation, long quantity) {
        List<Standing> standing = Sql.query(
                steps.platform.ledger().readers(),
                "SELECT sequence, tx_id, quantity, amount, fees FROM sec_instruction_settlements"
                        + " WHERE instruction_id = ? AND reversed_by IS NULL AND quantity = ? ORDER BY sequence DESC",
                rs -> new Standing(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                in.id(),
                quantity);
        if (standing.isEmpty()) {
            throw InvalidDocumentException.of(
                    "settledQuantity", "matches no settlement of " + in.reference() + " still standing: " + quantity);
        }
        Standing undone = standing.get(0);
        long settledQuantity = in.settledQuantity() - undone.quantity();
        InstructionStatus next = in.status()
                .moveTo(settledQuantity == 0 ? InstructionStatus.PENDING : InstructionStatus.PARTIALLY_SETTLED);
        int sequence = in.sequence() + 1;
        DepoAccount depo = steps.depo(in);
        LocalDate date = confirmation.settlementDate();
        TransactionId reversalId = DerivedIds.of(in.id(), "REVERSE", sequence);
        TransactionId rest = DerivedIds.of(in.id(), "REST", sequence);
        Instruction after = in.withState(
                next,
                settledQuantity,
                in.settledAmount() - undone.amount(),
                in.settledFees() - undone.fees(),
                rest.value(),
                sequence,
                in.cancelReason(),
                in.cancelRequestedBy());
        List<TransactionRequest> movements = new ArrayList<>(3);
        movements.add(new Reversal(
                reversalId,
                TransactionId.of(undone.tx()),
                date,
                InstructionSteps.memo(in, confirmation.confirmationReference())));
        if (in.pendingTransaction() != null) {
            movements.add(VoidPending.of(
                    DerivedIds.of(in.id(), "VOID", sequence), TransactionId.of(in.pendingTransaction()), date));
        }
        movements.add(steps.pendingTransfer(after, depo, InstructionSteps.remaining(after), rest.value()));
        InstructionEvent event = steps.event(
                in,
                next,
                "RVSL",
                "settlement of " + undone.quantity() + " reversed",
                confirmation.confirmationReference(),
                actor);
        InstructionStep step = new InstructionStep(
                event.id(),
                in,
                after,
                event,
                SettlementConfirmations.key(confirmation),
                movements,
                null,
                undone.sequence(),
                reversalId.value(),
                null);
        return new PreparedStep(SettlementKinds.REVERSALS, step, "reversal");
    }
}
