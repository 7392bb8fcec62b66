package org.backoffice.banking.reconciliation;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.reconciliation.Break;

/**
 * A nostro account reconciled at the end of a day. Every amount in minor units of the currency;
 * "difference" figures are book balance less statement balance.
 *
 * @param statementId the last statement that closes on or before the date
 * @param statementBalance its closing balance as the correspondent states it
 * @param bookBalance our posted balance of the nostro book account at the end of the date
 * @param matchedCount matches whose entry and postings all fall on or before the date
 * @param matchedIn amount of those entries crediting the account (money in)
 * @param matchedOut amount of those entries debiting it (money out)
 * @param inTransit items matched to a counterpart that falls after the date: explained by timing
 * @param resolved items whose breaks were written off or corrected: explained by a user
 * @param openBreaks items still unexplained, oldest first
 * @param openEffect what the open breaks add to the difference
 * @param gaps the statements' opening balances less their previous closing balances, summed
 */
public record ReconciliationReport(
        String nostro,
        String currency,
        int scale,
        String correspondentBic,
        LocalDate date,
        String statementId,
        long statementBalance,
        long bookBalance,
        int matchedCount,
        long matchedIn,
        long matchedOut,
        long inTransit,
        long resolved,
        List<Break> openBreaks,
        long openEffect,
        long gaps) {
    public ReconciliationReport {
        openBreaks = List.copyOf(openBreaks);
    }

    public long difference() {
        return Math.subtractExact(bookBalance, statementBalance);
    }

    public long explained() {
        return Math.addExact(inTransit, resolved);
    }

    /** Zero once every break is explained and the statements follow on without a gap. */
    public long unexplained() {
        return Math.subtractExact(difference(), explained());
    }

    /** What no break accounts for: gaps between statements, or book and statement apart before the first. */
    public long unaccounted() {
        return Math.subtractExact(unexplained(), openEffect);
    }
}
