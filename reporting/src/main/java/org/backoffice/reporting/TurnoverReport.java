package org.backoffice.reporting;

import java.util.List;
import java.util.Optional;

/**
 * The turnover trial balance: for each book account the reader may see, its balance before the
 * period, what moved on each side within it, and its balance at its end; totals per asset.
 *
 * @param branch the one branch asked for, or null for all the reader's branches
 */
public record TurnoverReport(Period period, String branch, List<TurnoverLine> lines, List<TurnoverTotals> totals) {
    public TurnoverReport {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
    }

    public Optional<TurnoverTotals> totals(String asset) {
        return totals.stream().filter(t -> t.asset().equals(asset)).findFirst();
    }

    public boolean balanced() {
        return totals.stream().allMatch(TurnoverTotals::balanced);
    }
}
