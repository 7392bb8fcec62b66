package org.backoffice.securities.settlement;

import java.util.List;
import org.backoffice.platform.document.FieldError;

/**
 * What became of one trade asked to be instructed: its instruction, or why not. A trade the ledger
 * refused (securities or cash short) went back to repair with these errors.
 *
 * @param repaired true when the trade went back to the repair queue
 */
public record InstructOutcome(long tradeId, Instruction instruction, boolean repaired, List<FieldError> errors) {
    public InstructOutcome {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean instructed() {
        return instruction != null;
    }
}
