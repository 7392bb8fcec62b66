package org.backoffice.reporting;

/** Column totals of one asset in the turnover trial balance. */
public record TurnoverTotals(
        String asset,
        long openingDebit,
        long openingCredit,
        long debitTurnover,
        long creditTurnover,
        long closingDebit,
        long closingCredit) {

    /**
     * Whether debits equal credits in every column pair. Over the whole ledger they always do; over
     * some branches only, what moved between them shows as a difference.
     */
    public boolean balanced() {
        return openingDebit == openingCredit && debitTurnover == creditTurnover && closingDebit == closingCredit;
    }

    TurnoverTotals plus(TurnoverLine line) {
        return new TurnoverTotals(
                asset,
                Math.addExact(openingDebit, line.openingDebit()),
                Math.addExact(openingCredit, line.openingCredit()),
                Math.addExact(debitTurnover, line.debitTurnover()),
                Math.addExact(creditTurnover, line.creditTurnover()),
                Math.addExact(closingDebit, line.closingDebit()),
                Math.addExact(closingCredit, line.closingCredit()));
    }
}
