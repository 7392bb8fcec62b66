package org.backoffice.securities.pnl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetKind;
import org.backoffice.platform.amount.Amount;
import org.backoffice.securities.pnl.internal.SplitAllocation;

/**
 * The open lots of one position (one depo account, one instrument) and the realised P&amp;L of its
 * sales, by {@link CostMethod#FIFO} or {@link CostMethod#AVERAGE} cost.
 *
 * <p>Conventions:
 *
 * <ul>
 *   <li>A purchase's fees are part of its cost; a sale's fees reduce its proceeds.
 *   <li>Every amount is rounded half-even to the currency's scale once, where it is made: a lot's
 *       cost when bought, a sale's proceeds, and the cost relieved by a partial sale of a lot
 *       ({@code lot cost × sold / lot quantity}). Selling the rest of a lot relieves exactly what
 *       is left of its cost, so once a position is closed all of its cost has been relieved to the
 *       cent, and FIFO and AVERAGE have realised the same total.
 *   <li>Under AVERAGE the position is one pool: a purchase merges into it, a sale takes the
 *       pool's cost pro rata; the pool is shown as one {@link Lot} dated by its latest purchase.
 *   <li>Trades come in date order; short sales are refused.
 * </ul>
 *
 * <p>Not thread-safe: one book belongs to one caller, like any in-memory calculation.
 */
public final class LotBook {
    private final CostMethod method;
    private final Asset currency;
    private final List<Lot> lots = new ArrayList<>();
    private LocalDate lastTradeDate;

    public LotBook(CostMethod method, Asset currency) {
        this.method = Objects.requireNonNull(method, "method");
        this.currency = Objects.requireNonNull(currency, "currency");
        if (currency.kind() != AssetKind.CURRENCY) {
            throw new IllegalArgumentException(
                    "currency: must be a currency, was " + currency.kind() + " " + currency.code());
        }
    }

    public CostMethod method() {
        return method;
    }

    public Asset currency() {
        return currency;
    }

    private BigDecimal rounded(String field, BigDecimal amount) {
        return Amount.rounded(field, amount, RoundingMode.HALF_EVEN, currency).decimal();
    }

    /** Books a purchase of {@code quantity} units at {@code price} each plus {@code fees}. */
    public void buy(long quantity, BigDecimal price, BigDecimal fees, LocalDate date, String ref) {
        checkTrade(quantity, price, fees, date, ref);
        long held = addQuantity(quantity(), quantity);
        BigDecimal cost =
                rounded("cost", price.multiply(BigDecimal.valueOf(quantity)).add(fees));
        Lot bought = new Lot(date, ref, quantity, cost);
        if (method == CostMethod.AVERAGE && !lots.isEmpty()) {
            Lot pool = lots.getFirst();
            bought = new Lot(date, ref, held, pool.cost().add(cost));
            lots.clear();
        }
        lots.add(bought);
        lastTradeDate = date;
    }

    /**
     * Books a sale of {@code quantity} units at {@code price} each less {@code fees} and returns
     * what it realised.
     *
     * @throws IllegalArgumentException if the sale exceeds the position ("quantity: exceeds the
     *     position of N") or another argument breaks its rule; the book is then unchanged
     */
    public RealisedPnl sell(long quantity, BigDecimal price, BigDecimal fees, LocalDate date, String ref) {
        checkTrade(quantity, price, fees, date, ref);
        long held = quantity();
        if (quantity > held) {
            throw new IllegalArgumentException("quantity: exceeds the position of " + held);
        }
        BigDecimal proceeds =
                rounded("proceeds", price.multiply(BigDecimal.valueOf(quantity)).subtract(fees));
        BigDecimal cost = zero();
        long left = quantity;
        while (left > 0) {
            Lot lot = lots.getFirst();
            if (left >= lot.quantity()) {
                cost = cost.add(lot.cost());
                left -= lot.quantity();
                lots.removeFirst();
            } else {
                BigDecimal part = lot.cost()
                        .multiply(BigDecimal.valueOf(left))
                        .divide(BigDecimal.valueOf(lot.quantity()), currency.scale(), RoundingMode.HALF_EVEN);
                cost = cost.add(part);
                lots.set(
                        0,
                        new Lot(
                                lot.tradeDate(),
                                lot.tradeRef(),
                                lot.quantity() - left,
                                lot.cost().subtract(part)));
                left = 0;
            }
        }
        lastTradeDate = date;
        return new RealisedPnl(ref, quantity, proceeds, cost, proceeds.subtract(cost));
    }

    /**
     * Applies a split of {@code numerator} new shares for every {@code denominator} old ones (3, 2
     * for a 3-for-2 split; 1, 10 for a 1-for-10 reverse split). Whole new shares stay in the lots
     * with their cost; the fraction of a share the holder is not given leaves the book at cost as
     * cash in lieu, taken from the oldest lot as a FIFO sale would take it. The lots' new
     * quantities are dealt by cumulative rounding down, so they add up to the position's; a lot
     * left without a whole new share passes its cost to the next lot.
     */
    public SplitResult split(long numerator, long denominator) {
        SplitAllocation.Outcome outcome = SplitAllocation.apply(lots, numerator, denominator, currency.scale());
        lots.clear();
        lots.addAll(outcome.lots());
        return outcome.result();
    }

    /** Units held; never negative. */
    public long quantity() {
        long total = 0;
        for (Lot lot : lots) {
            total += lot.quantity();
        }
        return total;
    }

    /** The total cost of the units held, at the currency's scale; zero when flat. */
    public BigDecimal costBasis() {
        BigDecimal total = zero();
        for (Lot lot : lots) {
            total = total.add(lot.cost());
        }
        return total;
    }

    /**
     * The cost basis per unit held, rounded half-even to {@code scale} decimals (unit costs usually
     * want more decimals than the currency has).
     *
     * @throws IllegalStateException if nothing is held
     */
    public BigDecimal averageCost(int scale) {
        long held = quantity();
        if (held == 0) {
            throw new IllegalStateException("averageCost: the position is flat");
        }
        return costBasis().divide(BigDecimal.valueOf(held), scale, RoundingMode.HALF_EVEN);
    }

    /** {@link #averageCost(int)} at the currency's scale. */
    public BigDecimal averageCost() {
        return averageCost(currency.scale());
    }

    /** The open lots, oldest first (under AVERAGE, the one pool). */
    public List<Lot> lots() {
        return List.copyOf(lots);
    }

    private void checkTrade(long quantity, BigDecimal price, BigDecimal fees, LocalDate date, String ref) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be positive, was " + quantity);
        }
        if (price == null) {
            throw new IllegalArgumentException("price: is required");
        }
        if (price.signum() < 0) {
            throw new IllegalArgumentException("price: must not be negative, was " + price.toPlainString());
        }
        if (fees == null) {
            throw new IllegalArgumentException("fees: is required (zero when there are none)");
        }
        if (fees.signum() < 0) {
            throw new IllegalArgumentException("fees: must not be negative, was " + fees.toPlainString());
        }
        if (date == null) {
            throw new IllegalArgumentException("date: is required");
        }
        if (lastTradeDate != null && date.isBefore(lastTradeDate)) {
            throw new IllegalArgumentException(
                    "date: " + date + " is before the last trade of the position, on " + lastTradeDate);
        }
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("ref: must not be blank");
        }
    }

    private static long addQuantity(long held, long bought) {
        try {
            return Math.addExact(held, bought);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("quantity: the position would overflow");
        }
    }

    private BigDecimal zero() {
        return Amount.zero(currency).decimal();
    }
}
