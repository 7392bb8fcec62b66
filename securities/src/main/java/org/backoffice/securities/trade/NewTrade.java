package org.backoffice.securities.trade;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A trade as it arrives: typed by hand, read from a CSV row or a FIX drop copy. Nothing is
 * checked here: the book checks every field at once, and a trade that breaks a rule waits in the
 * repair queue with all its reasons.
 *
 * @param tradeRef the trade's id at its source (the ExecID of a drop copy); capture is idempotent on it
 * @param settlementDate null to take the market's cycle from the trade date
 * @param market the MIC; null for the instrument's home market
 */
public record NewTrade(
        String tradeRef,
        Side side,
        String isin,
        long quantity,
        BigDecimal price,
        String currency,
        LocalDate tradeDate,
        LocalDate settlementDate,
        String depoAccount,
        String counterparty,
        String market,
        Delivery delivery) {

    public NewTrade withTradeRef(String newRef) {
        return new NewTrade(
                newRef,
                side,
                isin,
                quantity,
                price,
                currency,
                tradeDate,
                settlementDate,
                depoAccount,
                counterparty,
                market,
                delivery);
    }
}
