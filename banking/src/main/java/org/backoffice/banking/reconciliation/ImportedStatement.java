package org.backoffice.banking.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import org.backoffice.platform.statement.StatementFormat;

/**
 * A correspondent's statement as stored. Balances in minor units, signed as the correspondent
 * states them: positive is a credit balance, money of the bank's held at the correspondent.
 *
 * @param previousStatement the statement before it on the same account, null for the first
 * @param gap this opening balance less the previous statement's closing balance: not zero means
 *     a statement is missing or one of them is wrong
 */
public record ImportedStatement(
        long id,
        String nostro,
        String statementId,
        StatementFormat format,
        LocalDate openingDate,
        long openingBalance,
        LocalDate closingDate,
        long closingBalance,
        String previousStatement,
        long gap,
        int entryCount,
        Instant importedAt,
        String importedBy) {

    public boolean hasGap() {
        return gap != 0;
    }
}
