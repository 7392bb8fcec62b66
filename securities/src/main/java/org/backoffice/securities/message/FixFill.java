package org.backoffice.securities.message;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.backoffice.securities.message.internal.Checks;

/**
 * One executed fill from a FIX drop copy. A {@link ExecKind#CANCEL} or {@link ExecKind#CORRECT}
 * names the fill it replaces in {@code refExecId}; a new fill has none. Quantity and price are
 * decimals as the venue sent them (the edge of the system); callers convert to minor units.
 *
 * @param tradeId the venue's trade (match) id, may be null
 * @param settlementDate may be null: the trade book then applies the market's settlement cycle
 * @param account the client's depo account (FIX Account, tag 1)
 * @param counterparty LEI or BIC of the contra firm
 * @param market MIC of the venue
 */
public record FixFill(
        String execId,
        String orderId,
        String tradeId,
        Side side,
        String isin,
        BigDecimal quantity,
        BigDecimal price,
        String currency,
        LocalDate tradeDate,
        LocalDate settlementDate,
        String account,
        String counterparty,
        String market,
        Instant transactTime,
        ExecKind kind,
        String refExecId) {

    public FixFill {
        Checks.text("execId", execId, 64);
        Checks.text("orderId", orderId, 64);
        tradeId = Checks.optionalText("tradeId", tradeId, 64);
        Checks.present("side", side);
        Checks.isin("isin", isin);
        quantity = Checks.normal(Checks.positive("quantity", quantity));
        price = Checks.normal(Checks.positive("price", price));
        Checks.currency("currency", currency);
        Checks.present("tradeDate", tradeDate);
        if (settlementDate != null && settlementDate.isBefore(tradeDate)) {
            throw new IllegalArgumentException(
                    "settlementDate: must not be before tradeDate " + tradeDate + ", was " + settlementDate);
        }
        Checks.text("account", account, 64);
        Checks.text("counterparty", counterparty, 64);
        Checks.text("market", market, 16);
        Checks.present("transactTime", transactTime);
        Checks.present("kind", kind);
        refExecId = Checks.optionalText("refExecId", refExecId, 64);
        if (kind != ExecKind.NEW && refExecId == null) {
            throw new IllegalArgumentException("refExecId: must be given for a " + kind);
        }
        if (kind == ExecKind.NEW && refExecId != null) {
            throw new IllegalArgumentException("refExecId: must be empty for a NEW fill, was " + refExecId);
        }
    }
}
