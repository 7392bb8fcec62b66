package org.backoffice.server.securities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeCsv;
import org.backoffice.securities.trade.TradeQuery;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageJson;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

@Tag(
        name = "Securities trades",
        description = "The trade book. A trade is captured whole, or waits in the repair queue (REPAIR) with every rule"
                + " it broke (an unknown ISIN, depo account or counterparty, no standing instruction...) until an"
                + " approved amendment repairs it. Capture is idempotent on tradeRef: the same trade again is a"
                + " DUPLICATE, other details under the same tradeRef are REFUSED. Amendments and cancellations are"
                + " versions an operator proposes and a controller other than the maker approves or rejects."
                + " POSTs take an Idempotency-Key header.")
@RestController
@RequestMapping("/api/securities/trades")
class SecuritiesTradesController {
    private final Securities securities;
    private final Money money;

    SecuritiesTradesController(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    @Operation(
            summary = "Captures one trade (an object) or several (an array)",
            description =
                    "One trade: 201 when captured or sent to repair, 200 for a duplicate, 422 when refused. A list:"
                            + " 200 with each trade's outcome row by row (CAPTURED, REPAIR, DUPLICATE, REFUSED) and the"
                            + " counts; one bad trade never stops its neighbours.")
    @PostMapping
    ResponseEntity<?> capture(@RequestBody JsonNode body, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        if (body != null && body.isArray()) {
            List<JsonNode> nodes = new ArrayList<>();
            body.forEach(nodes::add);
            if (nodes.size() > TradeCsv.MAX_ROWS) {
                throw new IllegalArgumentException("trades: at most " + TradeCsv.MAX_ROWS + " in one request");
            }
            List<TradeJson.Outcome> outcomes = new ArrayList<>();
            List<NewTrade> readable = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                List<FieldError> errors = new ArrayList<>();
                NewTrade trade = TradeRequests.read(nodes.get(i), errors);
                if (trade == null) {
                    outcomes.add(new TradeJson.Outcome(
                            i + 1,
                            nodes.get(i) == null || !nodes.get(i).isObject()
                                    ? null
                                    : TradeRequests.text(nodes.get(i), "tradeRef"),
                            CaptureOutcome.Kind.REFUSED.name(),
                            null,
                            errors));
                } else {
                    readable.add(trade);
                    rows.add(i + 1);
                }
            }
            List<CaptureOutcome> captured = readable.isEmpty()
                    ? List.of()
                    : securities.trades().captureAll(actor, TradeSource.MANUAL, readable);
            for (int i = 0; i < captured.size(); i++) {
                CaptureOutcome o = captured.get(i);
                outcomes.add(TradeJson.Outcome.of(
                        new CaptureOutcome(rows.get(i), o.tradeRef(), o.kind(), o.trade(), o.errors()), money::scale));
            }
            outcomes.sort(java.util.Comparator.comparingInt(TradeJson.Outcome::row));
            return ResponseEntity.ok(TradeJson.Outcomes.of(outcomes));
        }
        List<FieldError> errors = new ArrayList<>();
        NewTrade trade = TradeRequests.read(body, errors);
        if (trade == null) {
            throw new InvalidDocumentException(errors);
        }
        CaptureOutcome outcome = securities.trades().capture(actor, TradeSource.MANUAL, trade);
        TradeJson.Outcome json = TradeJson.Outcome.of(outcome, money::scale);
        return switch (outcome.kind()) {
            case REFUSED -> throw new InvalidDocumentException(outcome.errors());
            case DUPLICATE -> ResponseEntity.ok(json);
            case CAPTURED, REPAIR ->
                ResponseEntity.created(URI.create(
                                "/api/securities/trades/" + outcome.trade().id()))
                        .body(json);
        };
    }

    @Operation(
            summary = "Imports trades from a CSV file (multipart part 'file')",
            description = "Header: " + "trade_ref,side,isin,quantity,price,currency,trade_date,settlement_date,"
                    + "depo_account,counterparty,market,delivery. Answers each row's fate ('row 3: quantity: must be a"
                    + " whole number') and the counts loaded, repair, duplicate, refused.")
    @PostMapping("/csv")
    CsvJson importCsv(@RequestPart("file") MultipartFile file, Authentication authentication) throws IOException {
        Actor actor = CurrentActor.of(authentication);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("file: is not UTF-8 text; save it as CSV UTF-8");
        }
        return CsvJson.of(TradeCsv.load(securities.trades(), actor, text));
    }

    /** A CSV load: its counts and each row's fate. */
    record CsvJson(String summary, long loaded, long repair, long duplicate, long refused, List<CsvLine> lines) {
        static CsvJson of(TradeCsv.Loaded loaded) {
            return new CsvJson(
                    loaded.summary(),
                    loaded.count(CaptureOutcome.Kind.CAPTURED),
                    loaded.count(CaptureOutcome.Kind.REPAIR),
                    loaded.count(CaptureOutcome.Kind.DUPLICATE),
                    loaded.count(CaptureOutcome.Kind.REFUSED),
                    loaded.lines().stream()
                            .map(l -> new CsvLine(
                                    l.row(),
                                    l.tradeRef(),
                                    l.kind().name(),
                                    l.tradeId() == null ? null : Long.toString(l.tradeId()),
                                    l.errors()))
                            .toList());
        }
    }

    /** One row of a CSV load; the trade's id as text, like every id of the API. */
    record CsvLine(int row, String tradeRef, String kind, String tradeId, List<String> errors) {}

    @Operation(summary = "The blotter: trades of your branches, newest first, filtered by status, ISIN, depo, date")
    @GetMapping
    PageJson<TradeJson> list(
            @RequestParam(name = "status", required = false) TradeStatus status,
            @RequestParam(name = "isin", required = false) String isin,
            @RequestParam(name = "depoAccount", required = false) String depoAccount,
            @RequestParam(name = "tradeDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate tradeDate,
            @RequestParam(name = "repair", defaultValue = "false") boolean repair,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size,
            Authentication authentication) {
        TradeQuery query = new TradeQuery(
                null,
                repair ? TradeStatus.REPAIR : status,
                ApiValues.upper(isin),
                ApiValues.upper(depoAccount),
                tradeDate,
                page,
                size);
        Page<Trade> trades = securities.trades().list(CurrentActor.of(authentication), query);
        return PageJson.of(trades, t -> TradeJson.of(t, money::scale));
    }

    @GetMapping("/{id}")
    TradeJson trade(@PathVariable("id") String id, Authentication authentication) {
        return TradeJson.of(visible(CurrentActor.of(authentication), id), money::scale);
    }

    @Operation(summary = "Every version of the trade, the first first, with maker and checker")
    @GetMapping("/{id}/versions")
    List<TradeJson.Version> versions(@PathVariable("id") String id, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Trade trade = visible(actor, id);
        return securities.trades().versions(actor, trade.id()).stream()
                .map(TradeJson.Version::of)
                .toList();
    }

    @Operation(
            summary = "An operator proposes new details for a trade not yet instructed (a repair is one)",
            description = "The body is the whole trade as it should be, tradeRef unchanged, plus 'reason'.")
    @PostMapping("/{id}/amendments")
    ResponseEntity<TradeJson.Version> amend(
            @PathVariable("id") String id, @RequestBody JsonNode body, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Trade trade = visible(actor, id);
        List<FieldError> errors = new ArrayList<>();
        NewTrade amended = TradeRequests.read(body, errors);
        if (amended == null) {
            throw new InvalidDocumentException(errors);
        }
        var version =
                securities.trades().proposeAmendment(actor, trade.id(), amended, TradeRequests.text(body, "reason"));
        return ResponseEntity.status(HttpStatus.CREATED).body(TradeJson.Version.of(version));
    }

    /** A reason for a cancellation or a rejection. */
    record Reason(String reason) {}

    @Operation(summary = "An operator proposes to cancel a trade not yet instructed; a reason is required")
    @PostMapping("/{id}/cancellation")
    ResponseEntity<TradeJson.Version> cancel(
            @PathVariable("id") String id, @RequestBody(required = false) Reason body, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Trade trade = visible(actor, id);
        var version = securities.trades().proposeCancellation(actor, trade.id(), body == null ? null : body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(TradeJson.Version.of(version));
    }

    @Operation(summary = "A controller, never the version's maker (403), approves a proposed version")
    @PostMapping("/{id}/versions/{version}/approve")
    TradeJson approve(
            @PathVariable("id") String id, @PathVariable("version") int version, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Trade trade = visible(actor, id);
        return TradeJson.of(securities.trades().approve(actor, trade.id(), version), money::scale);
    }

    @Operation(summary = "A controller, never the version's maker (403), rejects a proposed version with a reason")
    @PostMapping("/{id}/versions/{version}/reject")
    TradeJson.Version reject(
            @PathVariable("id") String id,
            @PathVariable("version") int version,
            @RequestBody(required = false) Reason body,
            Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Trade trade = visible(actor, id);
        return TradeJson.Version.of(
                securities.trades().reject(actor, trade.id(), version, body == null ? null : body.reason()));
    }

    private Trade visible(Actor actor, String id) {
        return ApiValues.visible("trade", id, number -> securities.trades().visible(actor, number));
    }
}
