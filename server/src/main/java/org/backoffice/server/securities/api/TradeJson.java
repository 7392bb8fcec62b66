package org.backoffice.server.securities.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.FieldError;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeVersion;

/** A trade as the API shows it: ids as text (they exceed what JavaScript counts exactly), amounts as decimal text. */
public record TradeJson(
        String id,
        String tradeRef,
        String source,
        String branch,
        int version,
        String status,
        String side,
        String isin,
        long quantity,
        String price,
        String currency,
        LocalDate tradeDate,
        LocalDate settlementDate,
        String depoAccount,
        String counterparty,
        String market,
        String delivery,
        String grossAmount,
        String accruedInterest,
        String fees,
        String settlementAmount,
        String clientCash,
        String ssiId,
        List<FieldError> repairReasons,
        Instant capturedAt,
        String capturedBy) {

    static TradeJson of(Trade t, ToIntFunction<String> scale) {
        int places = t.currency() == null ? 2 : scale.applyAsInt(t.currency());
        return new TradeJson(
                Long.toString(t.id()),
                t.tradeRef(),
                t.source().name(),
                t.branch(),
                t.version(),
                t.status().name(),
                t.side() == null ? null : t.side().name(),
                t.isin(),
                t.quantity(),
                t.price() == null ? null : t.price().toPlainString(),
                t.currency(),
                t.tradeDate(),
                t.settlementDate(),
                t.depoAccount(),
                t.counterparty(),
                t.market(),
                t.delivery() == null ? null : t.delivery().name(),
                Amount.plain(t.grossAmount(), places),
                Amount.plain(t.accruedInterest(), places),
                Amount.plain(t.fees(), places),
                Amount.plain(t.settlementAmount(), places),
                Amount.plain(t.clientCash(), places),
                t.ssiId() == null ? null : Long.toString(t.ssiId()),
                t.repairReasons(),
                t.capturedAt(),
                t.capturedBy());
    }

    /** What became of one trade of a capture. */
    public record Outcome(int row, String tradeRef, String kind, TradeJson trade, List<FieldError> errors) {
        static Outcome of(CaptureOutcome o, ToIntFunction<String> scale) {
            return new Outcome(
                    o.row(),
                    o.tradeRef(),
                    o.kind().name(),
                    o.trade() == null ? null : TradeJson.of(o.trade(), scale),
                    o.errors());
        }
    }

    /** A capture of a list: each trade's outcome, and the counts. */
    public record Outcomes(List<Outcome> outcomes, long captured, long repair, long duplicate, long refused) {
        static Outcomes of(List<Outcome> outcomes) {
            return new Outcomes(
                    outcomes,
                    count(outcomes, "CAPTURED"),
                    count(outcomes, "REPAIR"),
                    count(outcomes, "DUPLICATE"),
                    count(outcomes, "REFUSED"));
        }

        private static long count(List<Outcome> outcomes, String kind) {
            return outcomes.stream().filter(o -> o.kind().equals(kind)).count();
        }
    }

    /** One version of a trade with its maker and checker. */
    public record Version(
            String tradeId,
            int version,
            String action,
            String state,
            String reason,
            String madeBy,
            Instant madeAt,
            String checkedBy,
            Instant checkedAt) {
        static Version of(TradeVersion v) {
            return new Version(
                    Long.toString(v.tradeId()),
                    v.version(),
                    v.action().name(),
                    v.state().name(),
                    v.reason(),
                    v.madeBy(),
                    v.madeAt(),
                    v.checkedBy(),
                    v.checkedAt());
        }
    }
}
