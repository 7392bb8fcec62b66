package org.backoffice.platform.organisation;

import java.util.List;

/** The debit and credit columns of a trial balance of one asset, summed; balanced when they are equal. */
public record TrialBalanceTotals(long debit, long credit) {
    public static TrialBalanceTotals of(List<TrialBalanceLine> lines) {
        long debit = 0;
        long credit = 0;
        for (TrialBalanceLine line : lines) {
            debit = Math.addExact(debit, line.debit());
            credit = Math.addExact(credit, line.credit());
        }
        return new TrialBalanceTotals(debit, credit);
    }

    public boolean balanced() {
        return debit == credit;
    }

    /** Debits less credits. */
    public long difference() {
        return Math.subtractExact(debit, credit);
    }
}
