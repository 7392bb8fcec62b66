package org.backoffice.banking.eod;

/**
 * The end-of-day figures of one branch and currency, amounts in minor units.
 *
 * @param accounts client accounts not closed
 * @param accruing accounts in the interest sub-ledger that day (a balance or interest carried)
 * @param accrued interest posted that day (Dr interest expense / Cr interest payable)
 * @param capitalised interest credited to clients' accounts at month end
 * @param feesCharged total of the monthly fees charged
 * @param feesCount fees charged
 * @param feesSkipped fees not charged because the balance could not cover them
 * @param snapshots book accounts whose balance was kept
 * @param debits all book accounts' posted debits as of the day
 * @param credits all book accounts' posted credits as of the day
 */
public record EodReportLine(
        String branch,
        String currency,
        long accounts,
        long accruing,
        long accrued,
        long capitalised,
        long feesCharged,
        long feesCount,
        long feesSkipped,
        long snapshots,
        long debits,
        long credits) {
    /** The trial balance check: each branch's books balance in each currency on their own. */
    public boolean balanced() {
        return debits == credits;
    }
}
