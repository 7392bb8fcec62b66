package org.backoffice.server.securities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.fail.DailyPenalty;
import org.backoffice.securities.fail.FailLine;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.fail.PenaltyRate;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Money;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Securities fails",
        description = "Trades past their intended settlement date and unsettled, with the business days failing and the"
                + " CSDR penalties accrued; a controller accrues a day's penalties (a rerun changes nothing) and sets a"
                + " category's daily rate from a date (never negative); operators and controllers set the closing"
                + " prices the penalties are valued at. POSTs take an Idempotency-Key header.")
@RestController
@RequestMapping("/api/securities")
class SecuritiesFailsController {
    private final Securities securities;
    private final Money money;

    SecuritiesFailsController(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    record FailJson(
            String tradeId,
            String tradeRef,
            String branch,
            String counterparty,
            String isin,
            String side,
            long quantity,
            BigDecimal value,
            String currency,
            LocalDate intendedSettlementDate,
            int daysFailing,
            PenaltyCategory category,
            BigDecimal accruedPenalty) {}

    record PenaltyJson(
            String tradeId,
            LocalDate day,
            PenaltyCategory category,
            BigDecimal dailyRateBasisPoints,
            BigDecimal baseValue,
            BigDecimal amount,
            String currency) {}

    record AccrueRequest(String day) {}

    record AccrualJson(LocalDate day, int charged, List<PenaltyJson> penalties) {}

    record RateRequest(String category, String dailyRateBasisPoints, String validFrom) {}

    record PriceRequest(String isin, String day, String price) {}

    @Operation(summary = "The fails report as of a date (default today)")
    @GetMapping("/fails")
    List<FailJson> fails(@RequestParam(name = "asOf", required = false) String asOf, Authentication authentication) {
        return securities
                .fails()
                .report(CurrentActor.of(authentication), ApiValues.dateOr("asOf", asOf, today()))
                .stream()
                .map(this::json)
                .toList();
    }

    @Operation(summary = "A failing trade's penalties, day by day")
    @GetMapping("/fails/{tradeId}/penalties")
    List<PenaltyJson> penalties(@PathVariable("tradeId") long tradeId, Authentication authentication) {
        return securities.fails().penalties(CurrentActor.of(authentication), tradeId).stream()
                .map(this::json)
                .toList();
    }

    @Operation(summary = "Accrues the penalties of a day (default today); a controller does")
    @PostMapping("/fails/accrue")
    AccrualJson accrue(@RequestBody(required = false) AccrueRequest request, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        LocalDate day = ApiValues.dateOr("day", request == null ? null : request.day(), today());
        List<DailyPenalty> accrued = securities.fails().accrue(actor, day);
        return new AccrualJson(
                day, accrued.size(), accrued.stream().map(this::json).toList());
    }

    @Operation(summary = "The penalty rates in force over time")
    @GetMapping("/penalty-rates")
    List<PenaltyRate> rates() {
        return securities.fails().table().rates();
    }

    @Operation(summary = "Sets a category's daily rate in basis points from a date; a controller does")
    @PostMapping("/penalty-rates")
    PenaltyRate setRate(@RequestBody RateRequest request, Authentication authentication) {
        if (request == null) {
            throw new IllegalArgumentException("category: must be given");
        }
        PenaltyRate rate = new PenaltyRate(
                ApiValues.required("category", request.category(), PenaltyCategory.class),
                ApiValues.decimal("dailyRateBasisPoints", request.dailyRateBasisPoints()),
                ApiValues.date("validFrom", request.validFrom()));
        return securities.fails().setRate(CurrentActor.of(authentication), rate);
    }

    @Operation(summary = "Sets an instrument's closing price of a day")
    @PostMapping("/prices")
    PriceRequest setPrice(@RequestBody PriceRequest request, Authentication authentication) {
        if (request == null || request.isin() == null || request.isin().isBlank()) {
            throw new IllegalArgumentException("isin: must be given");
        }
        LocalDate day = ApiValues.date("day", request.day());
        BigDecimal price = ApiValues.decimal("price", request.price());
        securities
                .fails()
                .setPrice(CurrentActor.of(authentication), request.isin().strip(), day, price);
        return new PriceRequest(request.isin().strip(), day.toString(), price.toPlainString());
    }

    private FailJson json(FailLine f) {
        return new FailJson(
                Long.toString(f.tradeId()),
                f.tradeRef(),
                f.branch(),
                f.counterparty(),
                f.isin(),
                f.side().name(),
                f.quantity(),
                money.decimal(f.value(), f.currency()),
                f.currency(),
                f.intendedSettlementDate(),
                f.daysFailing(),
                f.category(),
                money.decimal(f.accruedPenalty(), f.currency()));
    }

    private PenaltyJson json(DailyPenalty p) {
        return new PenaltyJson(
                Long.toString(p.tradeId()),
                p.day(),
                p.category(),
                p.dailyRateBasisPoints(),
                money.decimal(p.baseValue(), p.currency()),
                money.decimal(p.amount(), p.currency()),
                p.currency());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(
                securities.platform().clock().instant(), securities.settings().zone());
    }
}
