package org.backoffice.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Posted balances of every account as of a value date, each on its debit or credit side. Per asset
 * the debit column equals the credit column; {@link #isBalanced()} checks it.
 */
public record TrialBalance(LocalDate asOf, List<Line> lines) {
    public TrialBalance {
        lines = List.copyOf(lines);
    }

    /** One account; exactly one of the two columns is non-zero unless the balance is zero. */
    public record Line(AccountId account, String code, AssetCode asset, long debit, long credit) {}

    /** Column totals of one asset. */
    public record Totals(AssetCode asset, long debit, long credit) {
        public boolean balanced() {
            return debit == credit;
        }
    }

    public Map<AssetCode, Totals> totals() {
        Map<AssetCode, Totals> totals = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (Line line : lines) {
            totals.merge(
                    line.asset(),
                    new Totals(line.asset(), line.debit(), line.credit()),
                    (x, y) -> new Totals(
                            x.asset(), Math.addExact(x.debit(), y.debit()), Math.addExact(x.credit(), y.credit())));
        }
        return totals;
    }

    public boolean isBalanced() {
        return totals().values().stream().allMatch(Totals::balanced);
    }
}
