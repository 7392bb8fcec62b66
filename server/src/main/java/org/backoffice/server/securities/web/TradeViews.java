package org.backoffice.server.securities.web;

import java.util.List;
import java.util.NoSuchElementException;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.securities.Securities;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeVersion;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.Steps;
import org.backoffice.server.web.Viewer;
import org.springframework.stereotype.Component;

/** A trade and its versions as the trade pages show them, and a trade found from an address. */
@Component
final class TradeViews {
    /** Trades per page of the blotter and the repair queue. */
    static final int PAGE_SIZE = 50;

    private final Securities securities;
    private final Money money;

    TradeViews(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    /** A blotter line as the page shows it. */
    public record TradeRow(
            String id,
            String tradeRef,
            String status,
            String side,
            String isin,
            String quantity,
            String price,
            String currency,
            String tradeDate,
            String settlementDate,
            String depoAccount,
            String counterparty,
            String settlementAmount,
            String reasons) {}

    /** One version of a trade, with what the viewer may do with it. */
    public record VersionRow(
            int version,
            String action,
            String state,
            String madeBy,
            String madeAt,
            String checkedBy,
            String checkedAt,
            String reason,
            boolean proposed) {}

    /** The trade of an address's id if the viewer may see it; else as if there were none. */
    Trade find(Viewer viewer, String id) {
        long key = Steps.id(id, "trade");
        try {
            return securities.trades().visible(viewer.actor(), key);
        } catch (InvalidDocumentException e) {
            throw new NoSuchElementException("trade " + id + " not found");
        }
    }

    TradeRow row(Trade t) {
        return new TradeRow(
                Long.toString(t.id()),
                t.tradeRef(),
                t.status().name(),
                t.side() == null ? "" : t.side().name(),
                t.isin(),
                t.isin() == null ? Long.toString(t.quantity()) : money.text(t.quantity(), t.isin()),
                t.price() == null ? "" : t.price().toPlainString(),
                t.currency(),
                t.tradeDate() == null ? "" : t.tradeDate().toString(),
                t.settlementDate() == null ? "" : t.settlementDate().toString(),
                t.depoAccount(),
                t.counterparty(),
                t.currency() == null ? "" : money.display(t.settlementAmount(), t.currency()),
                Steps.reasons(t.repairReasons()));
    }

    List<TradeRow> rows(List<Trade> trades) {
        return trades.stream().map(this::row).toList();
    }

    /** The amounts of a trade's page: label and amount in the trade's currency. */
    List<List<String>> amounts(Trade trade) {
        return List.of(
                List.of("Gross", money.display(trade.grossAmount(), trade.currency())),
                List.of("Accrued interest", money.display(trade.accruedInterest(), trade.currency())),
                List.of("Settlement amount", money.display(trade.settlementAmount(), trade.currency())),
                List.of("Fees", money.display(trade.fees(), trade.currency())),
                List.of("Client cash", money.display(trade.clientCash(), trade.currency())));
    }

    VersionRow version(TradeVersion v) {
        var zone = securities.settings().zone();
        return new VersionRow(
                v.version(),
                v.action().name(),
                v.state().name(),
                v.madeBy(),
                v.madeAt() == null
                        ? ""
                        : v.madeAt().atZone(zone).toLocalDateTime().withNano(0).toString(),
                v.checkedBy() == null ? "" : v.checkedBy(),
                v.checkedAt() == null
                        ? ""
                        : v.checkedAt()
                                .atZone(zone)
                                .toLocalDateTime()
                                .withNano(0)
                                .toString(),
                v.reason() == null ? "" : v.reason(),
                v.state() == TradeVersion.State.PROPOSED);
    }
}
