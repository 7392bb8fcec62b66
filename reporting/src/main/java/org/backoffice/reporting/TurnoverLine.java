package org.backoffice.reporting;

import org.backoffice.platform.organisation.BookAccount;

/**
 * One book account in the turnover trial balance, in the asset's smallest unit. The opening and
 * closing balances stand in the debit or the credit column, never both.
 */
public record TurnoverLine(
        BookAccount account,
        long openingDebit,
        long openingCredit,
        long debitTurnover,
        long creditTurnover,
        long closingDebit,
        long closingCredit) {

    /** A line from raw totals: the balances netted into one column. */
    static TurnoverLine of(BookAccount account, long openingNet, long debits, long credits) {
        long closingNet = Math.addExact(openingNet, Math.subtractExact(debits, credits));
        return new TurnoverLine(
                account,
                Math.max(openingNet, 0),
                Math.max(-openingNet, 0),
                debits,
                credits,
                Math.max(closingNet, 0),
                Math.max(-closingNet, 0));
    }
}
