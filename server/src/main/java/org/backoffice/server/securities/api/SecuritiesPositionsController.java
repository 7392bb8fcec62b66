package org.backoffice.server.securities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.securities.Securities;
import org.backoffice.securities.pnl.CostMethod;
import org.backoffice.securities.position.DepoPositions;
import org.backoffice.securities.position.InstrumentPnl;
import org.backoffice.securities.position.Position;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Money;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Securities positions",
        description = "A depo account's securities on settlement-date basis (the ledger) and trade-date basis (plus the"
                + " trades dealt and not yet settled) as of a date, its cash per currency, its realised P&L by FIFO or"
                + " average cost, and the holders of an ISIN. Only depo accounts of your branches are visible; the"
                + " others answer as if they did not exist (422 naming depoAccount).")
@RestController
@RequestMapping("/api/securities/positions")
class SecuritiesPositionsController {
    private final Securities securities;
    private final Money money;

    SecuritiesPositionsController(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    record PositionJson(String depoAccount, String branch, String isin, long settled, long traded, long unsettled) {
        static PositionJson of(Position p) {
            return new PositionJson(p.depoAccount(), p.branch(), p.isin(), p.settled(), p.traded(), p.unsettled());
        }
    }

    record CashJson(String currency, BigDecimal posted, BigDecimal available) {}

    record PositionsJson(String depoAccount, LocalDate asOf, List<PositionJson> securities, List<CashJson> cash) {}

    record PnlJson(
            String isin,
            String currency,
            CostMethod method,
            long openQuantity,
            BigDecimal costBasis,
            BigDecimal averageCost,
            BigDecimal realised) {
        static PnlJson of(InstrumentPnl p) {
            return new PnlJson(
                    p.isin(), p.currency(), p.method(), p.openQuantity(), p.costBasis(), p.averageCost(), p.realised());
        }
    }

    @Operation(summary = "Holders of an ISIN among the depo accounts of your branches, on both bases")
    @GetMapping("/holders")
    List<PositionJson> holders(
            @RequestParam(name = "isin", required = false) String isin,
            @RequestParam(name = "asOf", required = false) String asOf,
            Authentication authentication) {
        if (isin == null || isin.isBlank()) {
            throw new IllegalArgumentException("isin: must be given");
        }
        return securities
                .positions()
                .holders(CurrentActor.of(authentication), isin.strip(), ApiValues.dateOr("asOf", asOf, today()))
                .stream()
                .map(PositionJson::of)
                .toList();
    }

    @Operation(summary = "A depo account's securities and cash at the end of asOf (default today)")
    @GetMapping("/{depoAccount}")
    PositionsJson positions(
            @PathVariable("depoAccount") String depo,
            @RequestParam(name = "asOf", required = false) String asOf,
            Authentication authentication) {
        DepoPositions p = securities
                .positions()
                .positions(CurrentActor.of(authentication), depo, ApiValues.dateOr("asOf", asOf, today()));
        return new PositionsJson(
                p.depoAccount(),
                p.asOf(),
                p.securities().stream().map(PositionJson::of).toList(),
                p.cash().stream()
                        .map(c -> new CashJson(
                                c.currency(),
                                money.decimal(c.posted(), c.currency()),
                                money.decimal(c.available(), c.currency())))
                        .toList());
    }

    @Operation(summary = "Realised P&L per instrument of the trades dealt up to 'to' (default today), FIFO or AVERAGE")
    @GetMapping("/{depoAccount}/pnl")
    List<PnlJson> pnl(
            @PathVariable("depoAccount") String depo,
            @RequestParam(name = "method", required = false) String method,
            @RequestParam(name = "to", required = false) String to,
            Authentication authentication) {
        CostMethod cost = method == null || method.isBlank()
                ? CostMethod.FIFO
                : ApiValues.required("method", method, CostMethod.class);
        return securities
                .positions()
                .pnl(CurrentActor.of(authentication), depo, cost, ApiValues.dateOr("to", to, today()))
                .stream()
                .map(PnlJson::of)
                .toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(
                securities.platform().clock().instant(), securities.settings().zone());
    }
}
