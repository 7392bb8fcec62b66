package org.backoffice.securities.pnl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.securities.pnl.Lot;
import org.backoffice.securities.pnl.SplitResult;

/**
 * Applies an n-for-d split to open lots, oldest first, keeping every unit of cost.
 *
 * <p>Work in units of 1/n of an old share, so that every old share is n units and every new share
 * is d units. The position's {@code (Q·n) mod d} surplus units are the fraction of a new share the
 * holder is not given: they are taken from the oldest lots, as a FIFO sale would take them, and
 * their cost becomes the cash-in-lieu cost. The remaining units make a whole number of new shares,
 * dealt to the lots by cumulative rounding down, so the lots' new quantities add up to exactly that
 * number. A lot left with units but no whole new share passes its units' cost on to the next lot,
 * which received those units' share.
 */
public final class SplitAllocation {
    private SplitAllocation() {}

    /** The lots after the split, and what the split did to the position. */
    public record Outcome(List<Lot> lots, SplitResult result) {}

    public static Outcome apply(List<Lot> lots, long numerator, long denominator, int scale) {
        if (numerator <= 0) {
            throw new IllegalArgumentException("numerator: must be positive, was " + numerator);
        }
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator: must be positive, was " + denominator);
        }
        long totalUnits = 0;
        long[] units = new long[lots.size()];
        try {
            for (int i = 0; i < lots.size(); i++) {
                units[i] = Math.multiplyExact(lots.get(i).quantity(), numerator);
                totalUnits = Math.addExact(totalUnits, units[i]);
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("numerator: the split overflows the position's quantity");
        }
        long surplus = totalUnits % denominator;
        long toRemove = surplus;
        BigDecimal cashInLieuCost = BigDecimal.ZERO.setScale(scale);
        List<Lot> result = new ArrayList<>();
        long cumulative = 0;
        BigDecimal carriedCost = BigDecimal.ZERO;
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i);
            long removed = Math.min(toRemove, units[i]);
            toRemove -= removed;
            BigDecimal removedCost = removed == units[i]
                    ? lot.cost()
                    : lot.cost()
                            .multiply(BigDecimal.valueOf(removed))
                            .divide(BigDecimal.valueOf(units[i]), scale, RoundingMode.HALF_EVEN);
            cashInLieuCost = cashInLieuCost.add(removedCost);
            long remaining = units[i] - removed;
            if (remaining == 0) {
                continue;
            }
            long before = cumulative / denominator;
            cumulative += remaining;
            long newShares = cumulative / denominator - before;
            BigDecimal cost = lot.cost().subtract(removedCost).add(carriedCost);
            if (newShares == 0) {
                carriedCost = cost;
            } else {
                carriedCost = BigDecimal.ZERO;
                result.add(new Lot(lot.tradeDate(), lot.tradeRef(), newShares, cost));
            }
        }
        // The last lot with units always gets a whole share (see the class comment), so no cost is left over.
        if (carriedCost.signum() != 0) {
            throw new IllegalStateException("split left cost unallocated: " + carriedCost);
        }
        BigDecimal fraction = BigDecimal.valueOf(surplus)
                .divide(BigDecimal.valueOf(denominator), SplitResult.FRACTION_SCALE, RoundingMode.DOWN);
        long newQuantity = (totalUnits - surplus) / denominator;
        return new Outcome(List.copyOf(result), new SplitResult(newQuantity, fraction, cashInLieuCost));
    }
}
