package org.backoffice.banking.reconciliation;

import java.time.LocalDate;
import org.backoffice.platform.statement.StatementEntry;

/** One stored entry of a correspondent's statement; amount in minor units, side as the correspondent books it. */
public record StatementItem(
        long id,
        long statementRow,
        int position,
        LocalDate valueDate,
        LocalDate bookingDate,
        StatementEntry.Side side,
        long amount,
        boolean reversal,
        String reference,
        String servicerReference,
        String transactionCode,
        String description) {}
