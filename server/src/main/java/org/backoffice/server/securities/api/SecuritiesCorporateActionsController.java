package org.backoffice.server.securities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.backoffice.securities.Securities;
import org.backoffice.securities.corporate.ActionKind;
import org.backoffice.securities.corporate.CorporateAction;
import org.backoffice.securities.corporate.HolderEntitlement;
import org.backoffice.securities.corporate.NewCorporateAction;
import org.backoffice.securities.corporate.SplitRatio;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Securities corporate actions",
        description = "Dividends, coupons and splits. An operator announces; a controller other than the announcer"
                + " approves, which applies the action to every holder at the record date (403 for the announcer)."
                + " POSTs take an Idempotency-Key header.")
@RestController
@RequestMapping("/api/securities/corporate-actions")
class SecuritiesCorporateActionsController {
    private final Securities securities;
    private final Money money;

    SecuritiesCorporateActionsController(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    record ActionRequest(
            String kind,
            String isin,
            String recordDate,
            String payDate,
            String rate,
            String taxPercent,
            Integer newShares,
            Integer oldShares) {}

    record ActionJson(
            String id,
            ActionKind kind,
            String isin,
            LocalDate recordDate,
            LocalDate payDate,
            BigDecimal rate,
            BigDecimal taxPercent,
            String ratio,
            String status,
            String announcedBy,
            Instant announcedAt,
            String approvedBy,
            Instant approvedAt) {
        static ActionJson of(CorporateAction a) {
            NewCorporateAction t = a.terms();
            return new ActionJson(
                    Long.toString(a.id()),
                    t.kind(),
                    t.isin(),
                    t.recordDate(),
                    t.payDate(),
                    t.rate(),
                    t.taxPercent(),
                    t.ratio() == null ? null : t.ratio().toString(),
                    a.status().name(),
                    a.announcedBy(),
                    a.announcedAt(),
                    a.approvedBy(),
                    a.approvedAt());
        }
    }

    record EntitlementJson(
            String depoAccount,
            String branch,
            long position,
            BigDecimal gross,
            BigDecimal tax,
            BigDecimal net,
            long unitsDelta,
            BigDecimal fraction,
            String transactionId) {}

    @GetMapping
    List<ActionJson> list() {
        return securities.corporateActions().list().stream().map(ActionJson::of).toList();
    }

    @GetMapping("/{id}")
    ActionJson find(@PathVariable("id") long id) {
        return ActionJson.of(action(id));
    }

    @Operation(summary = "Announces a DIVIDEND (rate, taxPercent), COUPON (taxPercent) or SPLIT (newShares, oldShares)")
    @PostMapping
    ResponseEntity<ActionJson> announce(@RequestBody ActionRequest request, Authentication authentication) {
        if (request == null) {
            throw new IllegalArgumentException("kind: must be DIVIDEND, COUPON or SPLIT");
        }
        ActionKind kind = ApiValues.required("kind", request.kind(), ActionKind.class);
        NewCorporateAction terms = new NewCorporateAction(
                kind,
                request.isin() == null ? null : request.isin().strip(),
                ApiValues.date("recordDate", request.recordDate()),
                ApiValues.date("payDate", request.payDate()),
                kind == ActionKind.DIVIDEND ? ApiValues.decimal("rate", request.rate()) : null,
                kind == ActionKind.SPLIT ? null : ApiValues.decimal("taxPercent", request.taxPercent()),
                kind == ActionKind.SPLIT
                        ? new SplitRatio(
                                request.newShares() == null ? 0 : request.newShares(),
                                request.oldShares() == null ? 0 : request.oldShares())
                        : null);
        CorporateAction announced = securities.corporateActions().announce(CurrentActor.of(authentication), terms);
        return ResponseEntity.created(URI.create("/api/securities/corporate-actions/" + announced.id()))
                .body(ActionJson.of(announced));
    }

    @Operation(summary = "Approves and applies the action; a controller other than its announcer does")
    @PostMapping("/{id}/approve")
    List<EntitlementJson> approve(@PathVariable("id") long id, Authentication authentication) {
        CorporateAction action = action(id);
        return json(action, securities.corporateActions().approve(CurrentActor.of(authentication), id));
    }

    @GetMapping("/{id}/entitlements")
    List<EntitlementJson> entitlements(@PathVariable("id") long id, Authentication authentication) {
        CorporateAction action = action(id);
        return json(action, securities.corporateActions().entitlements(CurrentActor.of(authentication), id));
    }

    private List<EntitlementJson> json(CorporateAction action, List<HolderEntitlement> entitlements) {
        String currency = securities
                .instruments()
                .find(action.terms().isin())
                .map(Instrument::currency)
                .orElseThrow();
        return entitlements.stream()
                .map(e -> new EntitlementJson(
                        e.depoAccount(),
                        e.branch(),
                        e.position(),
                        money.decimal(e.gross(), currency),
                        money.decimal(e.tax(), currency),
                        money.decimal(e.net(), currency),
                        e.unitsDelta(),
                        e.fraction(),
                        Long.toString(e.transactionId())))
                .toList();
    }

    private CorporateAction action(long id) {
        return securities
                .corporateActions()
                .find(id)
                .orElseThrow(() -> new NoSuchElementException("no corporate action " + id));
    }
}
