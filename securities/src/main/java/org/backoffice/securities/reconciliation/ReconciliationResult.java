package org.backoffice.securities.reconciliation;

import java.util.List;
import org.backoffice.platform.reconciliation.Break;

/**
 * What one statement's reconciliation found: how many items were compared, the breaks it opened,
 * and how many breaks it found that an earlier import of the same statement had opened already.
 */
public record ReconciliationResult(String statementRef, int compared, List<Break> opened, int alreadyKnown) {
    public ReconciliationResult {
        opened = List.copyOf(opened);
    }
}
