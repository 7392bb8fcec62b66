package org.backoffice.securities.position;

import java.math.BigDecimal;
import java.util.List;
import org.backoffice.securities.pnl.CostMethod;
import org.backoffice.securities.pnl.RealisedPnl;

/**
 * Realised P&amp;L and what is left open of one instrument in one depo account, in the trade
 * currency.
 *
 * @param averageCost the cost basis per unit held, to 6 decimals; null when flat
 * @param sales each sale's realised P&amp;L, in trade-date order
 */
public record InstrumentPnl(
        String isin,
        String currency,
        CostMethod method,
        long openQuantity,
        BigDecimal costBasis,
        BigDecimal averageCost,
        BigDecimal realised,
        List<RealisedPnl> sales) {
    public InstrumentPnl {
        sales = List.copyOf(sales);
    }
}
