package org.backoffice.securities.pnl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An open purchase lot: a quantity of units still held and what they cost in total, fees included.
 *
 * <p>The total cost, not the unit cost, is what is kept: a unit cost such as 100.00 / 3 has no
 * exact decimal, while the total has the currency's scale and adds up exactly across sales.
 *
 * @param tradeDate the date of the purchase (under {@link CostMethod#AVERAGE}, of the latest one)
 * @param tradeRef the purchase's trade reference (under {@link CostMethod#AVERAGE}, the latest one)
 * @param quantity units held, positive
 * @param cost total cost of those units, not negative, at the currency's scale
 */
public record Lot(LocalDate tradeDate, String tradeRef, long quantity, BigDecimal cost) {
    public Lot {
        Objects.requireNonNull(tradeDate, "tradeDate");
        if (tradeRef == null || tradeRef.isBlank()) {
            throw new IllegalArgumentException("tradeRef: must not be blank");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be positive, was " + quantity);
        }
        Objects.requireNonNull(cost, "cost");
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("cost: must not be negative, was " + cost.toPlainString());
        }
    }

    /** The cost of one unit, rounded half-even to {@code scale} decimals (for display; sums use the total). */
    public BigDecimal unitCost(int scale) {
        return cost.divide(BigDecimal.valueOf(quantity), scale, RoundingMode.HALF_EVEN);
    }
}
