package org.backoffice.securities.confirmation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.platform.organisation.Lei;
import org.backoffice.securities.reference.Isin;
import org.backoffice.securities.trade.Side;

/**
 * The counterparty's view of a trade, as its confirmation states it: the side is theirs (the
 * opposite of ours), amounts are at the edge as decimals in the currency.
 */
public record CounterpartyConfirmation(
        String tradeRef,
        Side side,
        String isin,
        long quantity,
        BigDecimal price,
        BigDecimal settlementAmount,
        String currency,
        LocalDate tradeDate,
        LocalDate settlementDate,
        String lei) {
    public CounterpartyConfirmation {
        if (tradeRef == null || tradeRef.isBlank() || tradeRef.length() > 40) {
            throw new IllegalArgumentException("tradeRef: must be given, at most 40 characters");
        }
        if (side == null) {
            throw new IllegalArgumentException("side: must be BUY or SELL");
        }
        if (!Isin.valid(isin)) {
            throw new IllegalArgumentException("isin: " + Isin.problem(isin));
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be positive, was " + quantity);
        }
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("price: must be positive");
        }
        if (settlementAmount == null || settlementAmount.signum() < 0 || settlementAmount.scale() > 2) {
            throw new IllegalArgumentException("settlementAmount: must be given, not negative, at most 2 decimals");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency: must be an ISO 4217 code, was '" + currency + "'");
        }
        if (tradeDate == null) {
            throw new IllegalArgumentException("tradeDate: must be given");
        }
        if (settlementDate == null || settlementDate.isBefore(tradeDate)) {
            throw new IllegalArgumentException("settlementDate: must be given, not before the trade date");
        }
        if (!Lei.valid(lei)) {
            throw new IllegalArgumentException("lei: must be a valid LEI (ISO 17442), was '" + lei + "'");
        }
    }
}
