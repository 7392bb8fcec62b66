package org.backoffice.securities.settlement.internal;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionEvent;

/**
 * One step of an instruction's life as the platform records it: the instruction before and after,
 * the event that says why, what it moves in the ledger (linked, all or none), and the rows that
 * come with it. Prepared from the instruction as read; the kind refuses it inside the ledger's
 * transaction if the instruction moved on meanwhile.
 *
 * @param id the operation's id when it moves nothing
 * @param messageKey the key of the message it applies, so that the same message twice changes nothing; null for none
 * @param settled the settlement it adds, null for none
 * @param reversedSequence the sequence of the settlement it reverses, null for none
 * @param alsoWrite more rows of the same step (a transfer order's), null for none
 */
public record InstructionStep(
        long id,
        Instruction before,
        Instruction after,
        InstructionEvent event,
        String messageKey,
        List<TransactionRequest> movements,
        Settled settled,
        Integer reversedSequence,
        Long reversedBy,
        Ledger.SqlWork<?> alsoWrite) {

    public InstructionStep {
        movements = List.copyOf(movements);
        if (messageKey != null && messageKey.length() > 120) {
            messageKey = messageKey.substring(0, 120);
        }
    }

    /** A settlement of part or all of an instruction, posted under {@code txId}. */
    public record Settled(
            int sequence, String confirmationRef, long txId, long quantity, long amount, long fees, LocalDate on) {}
}
