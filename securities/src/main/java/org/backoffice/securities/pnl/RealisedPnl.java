package org.backoffice.securities.pnl;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one sale realised: the net proceeds (gross proceeds less the sale's fees), the cost of the
 * units sold under the book's {@link CostMethod}, and the difference.
 *
 * @param ref the sale's trade reference
 * @param quantity units sold
 * @param proceeds quantity × price − fees, at the currency's scale
 * @param cost the cost relieved from the position, at the currency's scale
 * @param pnl proceeds − cost; negative for a loss
 */
public record RealisedPnl(String ref, long quantity, BigDecimal proceeds, BigDecimal cost, BigDecimal pnl) {
    public RealisedPnl {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(proceeds, "proceeds");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(pnl, "pnl");
        if (pnl.compareTo(proceeds.subtract(cost)) != 0) {
            throw new IllegalArgumentException("pnl: must equal proceeds − cost");
        }
    }
}
