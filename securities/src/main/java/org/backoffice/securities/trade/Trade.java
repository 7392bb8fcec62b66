package org.backoffice.securities.trade;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.document.FieldError;

/**
 * A trade in the book, enriched: its settlement date, the counterparty's standing instruction and
 * the amounts in minor units of the currency. The settlement amount is what changes hands for the
 * securities: the gross value plus a bond's accrued interest. Fees are the client's on top (buy)
 * or off the proceeds (sell).
 *
 * @param repairReasons every broken rule, when the trade waits in the repair queue
 */
public record Trade(
        long id,
        String tradeRef,
        TradeSource source,
        String branch,
        int version,
        TradeStatus status,
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
        Delivery delivery,
        long grossAmount,
        long accruedInterest,
        long fees,
        long settlementAmount,
        Long ssiId,
        List<FieldError> repairReasons,
        Instant capturedAt,
        String capturedBy) {
    public Trade {
        repairReasons = repairReasons == null ? List.of() : List.copyOf(repairReasons);
    }

    /** What the depo account's money moves by when the trade settles: paid on a buy, received on a sell. */
    public long clientCash() {
        return side == Side.BUY ? settlementAmount + fees : settlementAmount - fees;
    }

    public NewTrade ticket() {
        return new NewTrade(
                tradeRef,
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

    public Trade withStatus(TradeStatus newStatus) {
        return with(version, newStatus, repairReasons);
    }

    /** The trade as its cancellation makes it: version {@code newVersion}, CANCELLED, with nothing left to repair. */
    public Trade cancelled(int newVersion) {
        return with(newVersion, TradeStatus.CANCELLED, List.of());
    }

    private Trade with(int newVersion, TradeStatus newStatus, List<FieldError> reasons) {
        return new Trade(
                id,
                tradeRef,
                source,
                branch,
                newVersion,
                newStatus,
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
                delivery,
                grossAmount,
                accruedInterest,
                fees,
                settlementAmount,
                ssiId,
                reasons,
                capturedAt,
                capturedBy);
    }
}
