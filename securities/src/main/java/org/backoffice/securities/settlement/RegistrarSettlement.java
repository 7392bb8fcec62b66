package org.backoffice.securities.settlement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.TransactionId;
import org.backoffice.securities.settlement.internal.InstructionRows;
import org.backoffice.securities.settlement.internal.InstructionStep;
import org.backoffice.securities.settlement.internal.StepRows;

/**
 * A registrar-held instrument settles when the registrar has re-registered the ownership: the
 * transfer order's completion (a document, {@code registrar.TransferOrderKind}) posts the
 * instruction's reservation in full, and in the same transaction the instruction, its settlement,
 * its event and its trade are written here.
 */
public final class RegistrarSettlement {
    private RegistrarSettlement() {}

    /** The posting of the whole reservation, under the completion's id. */
    public static PostPending posting(
            TransactionId id, String reference, long pendingTransaction, LocalDate valueDate, String orderNumber) {
        return new PostPending(
                id,
                TransactionId.of(pendingTransaction),
                valueDate,
                List.of(),
                new Memo(
                        reference,
                        InstructionSteps.MEMO_REASON,
                        Map.of("instruction", reference, "message", orderNumber)));
    }

    /**
     * Why the instruction cannot settle by this order now ({@code "field: rule"}), or null: it must
     * still be a registrar-held instruction reserving {@code pendingTransaction}.
     */
    public static String refusal(Connection c, long instructionId, Long pendingTransaction) throws SQLException {
        Instruction in = read(c, instructionId);
        if (in == null) {
            return "instructionId: no instruction " + instructionId;
        }
        if (!in.registrar()) {
            return "reference: " + in.reference() + " settles by depository confirmations";
        }
        if (!in.status().canMoveTo(InstructionStatus.SETTLED)) {
            return "status: instruction " + in.reference() + " is " + in.status();
        }
        if (in.pendingTransaction() == null || !in.pendingTransaction().equals(pendingTransaction)) {
            return "status: instruction " + in.reference() + " has nothing reserved to settle by this order";
        }
        return null;
    }

    /** Writes the instruction settled in full by the order, in the transaction that posted it. */
    public static void settled(
            Connection c,
            long instructionId,
            String orderNumber,
            TransactionId posted,
            LocalDate valueDate,
            String checker,
            Instant at)
            throws SQLException {
        Instruction in = read(c, instructionId);
        int sequence = in.sequence() + 1;
        Instruction after = in.withState(
                in.status().moveTo(InstructionStatus.SETTLED),
                in.quantity(),
                in.dvp() ? in.settlementAmount() : 0,
                in.fees(),
                null,
                sequence,
                in.cancelReason(),
                in.cancelRequestedBy());
        InstructionRows.update(c, in, after);
        InstructionRows.insertEvents(
                c,
                List.of(new InstructionEvent(
                        posted.value(),
                        in.id(),
                        at,
                        in.status(),
                        InstructionStatus.SETTLED,
                        null,
                        "ownership re-registered by the registrar",
                        orderNumber,
                        checker)));
        StepRows.insertSettlements(
                c,
                List.of(in.id()),
                List.of(new InstructionStep.Settled(
                        sequence,
                        orderNumber,
                        posted.value(),
                        in.remainingQuantity(),
                        in.remainingAmount(),
                        in.remainingFees(),
                        valueDate)));
        StepRows.insertKeys(c, List.of("TO:" + orderNumber), List.of(in.id()), at);
        StepRows.moveTrades(c, List.of(in.tradeId()), List.of(in.status().name()), List.of("SETTLED"));
    }

    static Instruction read(Connection c, long id) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? InstructionRows.read(rs) : null;
            }
        }
    }
}
