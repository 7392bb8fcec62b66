package org.backoffice.securities.settlement;

import java.util.List;
import org.backoffice.platform.document.FieldError;

/**
 * What one confirmation of a batch did: the instruction as it stands after it, or why it was
 * refused (nothing changed for that instruction).
 *
 * @param duplicate the confirmation had been applied before; nothing changed
 */
public record ConfirmationOutcome(
        String reference, Instruction instruction, boolean duplicate, List<FieldError> errors) {
    public ConfirmationOutcome {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean applied() {
        return errors.isEmpty();
    }
}
