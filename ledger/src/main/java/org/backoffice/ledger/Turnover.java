package org.backoffice.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * Posted movements of every account over a period of value dates: what stood on each side before
 * the period began, and what moved on each side within it. Accounts with nothing posted by the
 * period's end are left out.
 */
public record Turnover(LocalDate from, LocalDate to, List<Line> lines) {
    public Turnover {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from, to: must be given");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from: must not be after to, was " + from + " > " + to);
        }
        lines = List.copyOf(lines);
    }

    /**
     * One account. Every figure is a total of posted amounts in the asset's smallest unit.
     *
     * @param openingDebits debits posted with a value date before {@code from}
     * @param openingCredits credits posted with a value date before {@code from}
     * @param debits debits posted with a value date within the period
     * @param credits credits posted with a value date within the period
     */
    public record Line(
            AccountId account,
            String code,
            AssetCode asset,
            long openingDebits,
            long openingCredits,
            long debits,
            long credits) {

        /** Debits less credits before the period. */
        public long opening() {
            return Math.subtractExact(openingDebits, openingCredits);
        }

        /** Debits less credits at the end of the period. */
        public long closing() {
            return Math.addExact(opening(), Math.subtractExact(debits, credits));
        }
    }
}
