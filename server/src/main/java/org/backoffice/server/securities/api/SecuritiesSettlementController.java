package org.backoffice.server.securities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.settlement.Format;
import org.backoffice.securities.settlement.ImportedMessage;
import org.backoffice.securities.settlement.InstructOutcome;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionEvent;
import org.backoffice.securities.settlement.InstructionFilter;
import org.backoffice.securities.settlement.InstructionStatus;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageJson;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
        name = "Securities settlement",
        description = "Settlement instructions of instructed trades: their state, amounts settled so far, status events"
                + " and the MT54x / sese.023 messages; instructing trades; cancellation (an operator asks, a controller"
                + " other than the maker approves); and the depository's messages (MT548/sese.024 statuses, MT544-547/"
                + "sese.025 confirmations) read in. POSTs take an Idempotency-Key header.")
@RestController
class SecuritiesSettlementController {
    private final Securities securities;
    private final Money money;

    SecuritiesSettlementController(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    /** An instruction as the API shows it: ids as text, amounts as decimal text in the currency. */
    record InstructionJson(
            String id,
            String tradeId,
            String reference,
            String branch,
            String direction,
            String delivery,
            boolean registrar,
            String isin,
            long quantity,
            long settledQuantity,
            String settlementAmount,
            String settledAmount,
            String fees,
            String settledFees,
            String currency,
            LocalDate tradeDate,
            LocalDate settlementDate,
            String place,
            String depoAccount,
            String counterpartyBic,
            String counterpartyAccount,
            String status,
            String cancelReason,
            String cancelRequestedBy,
            Instant createdAt,
            String createdBy,
            int version) {}

    /** One status event of an instruction. */
    record EventJson(
            Instant at, String from, String to, String reasonCode, String text, String sourceRef, String actor) {
        static EventJson of(InstructionEvent e) {
            return new EventJson(
                    e.at(),
                    e.from() == null ? null : e.from().name(),
                    e.to().name(),
                    e.reasonCode(),
                    e.text(),
                    e.sourceRef(),
                    e.actor());
        }
    }

    /** What became of one trade asked to be instructed. */
    record InstructJson(String tradeId, boolean instructed, InstructionJson instruction, List<FieldError> errors) {}

    /** Trades to instruct: one {@code tradeId} or a list {@code tradeIds}. */
    record InstructRequest(String tradeId, List<String> tradeIds) {}

    /** A reason for a cancellation. */
    record Reason(String reason) {}

    @Operation(
            summary =
                    "Instructions of your branches, newest first, filtered by status, ISIN, branch, depo account, settlement date")
    @GetMapping("/api/securities/instructions")
    PageJson<InstructionJson> list(
            @RequestParam(name = "status", required = false) InstructionStatus status,
            @RequestParam(name = "isin", required = false) String isin,
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "settlementDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate settlementDate,
            @RequestParam(name = "depoAccount", required = false) String depoAccount,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size,
            Authentication authentication) {
        InstructionFilter filter = new InstructionFilter(
                status,
                ApiValues.upper(isin),
                ApiValues.upper(branch),
                settlementDate,
                page,
                size,
                ApiValues.upper(depoAccount));
        return PageJson.of(securities.settlement().list(CurrentActor.of(authentication), filter), this::json);
    }

    @GetMapping("/api/securities/instructions/{id}")
    InstructionJson instruction(@PathVariable("id") String id, Authentication authentication) {
        return json(visible(CurrentActor.of(authentication), id));
    }

    @Operation(summary = "The instruction's status events, the first first, each with its reason code")
    @GetMapping("/api/securities/instructions/{id}/events")
    List<EventJson> events(@PathVariable("id") String id, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Instruction in = visible(actor, id);
        return securities.settlement().events(actor, in.id()).stream()
                .map(EventJson::of)
                .toList();
    }

    @Operation(summary = "The instruction as sent: format=MT (MT540-543) or MX (sese.023)")
    @GetMapping("/api/securities/instructions/{id}/message")
    ResponseEntity<String> message(
            @PathVariable("id") String id,
            @RequestParam(name = "format", defaultValue = "MT") String format,
            Authentication authentication) {
        Instruction in = visible(CurrentActor.of(authentication), id);
        Format kind;
        try {
            kind = Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format: must be one of " + List.of(Format.values()));
        }
        return ResponseEntity.ok()
                .contentType(kind == Format.MT ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_XML)
                .body(org.backoffice.server.securities.InstructionMessages.text(securities, in, kind));
    }

    @Operation(
            summary = "Instructs NEW trades: {\"tradeId\": \"..\"} or {\"tradeIds\": [..]}",
            description = "One trade: 201 with its instruction, 422 with the reasons when it is refused (it goes back"
                    + " to repair). A list: 200 with each trade's outcome.")
    @PostMapping("/api/securities/instructions")
    ResponseEntity<?> instruct(@RequestBody(required = false) InstructRequest body, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        if (body == null || (body.tradeId() == null && body.tradeIds() == null)) {
            throw InvalidDocumentException.of("tradeId", "must be given (or tradeIds, a list)");
        }
        if (body.tradeIds() != null) {
            if (body.tradeIds().size() > 10_000) {
                throw InvalidDocumentException.of("tradeIds", "at most 10000 in one request");
            }
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < body.tradeIds().size(); i++) {
                ids.add(tradeId(body.tradeIds().get(i), "tradeIds[" + i + "]"));
            }
            return ResponseEntity.ok(securities.settlement().instructAll(actor, ids).stream()
                    .map(this::json)
                    .toList());
        }
        long tradeId = tradeId(body.tradeId(), "tradeId");
        InstructOutcome outcome = securities.settlement().instruct(actor, tradeId);
        if (!outcome.instructed()) {
            throw new InvalidDocumentException(outcome.errors());
        }
        return ResponseEntity.created(URI.create(
                        "/api/securities/instructions/" + outcome.instruction().id()))
                .body(json(outcome));
    }

    @Operation(summary = "An operator asks to cancel an instruction not settled in any part; a reason is required")
    @PostMapping("/api/securities/instructions/{id}/cancellation")
    InstructionJson cancel(
            @PathVariable("id") String id, @RequestBody(required = false) Reason body, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Instruction in = visible(actor, id);
        return json(securities.settlement().cancel(actor, in.id(), body == null ? null : body.reason()));
    }

    @Operation(summary = "A controller, never the one who asked (403), approves the cancellation")
    @PostMapping("/api/securities/instructions/{id}/cancellation/approve")
    InstructionJson approveCancel(@PathVariable("id") String id, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Instruction in = visible(actor, id);
        return json(securities.settlement().approveCancel(actor, in.id()));
    }

    @Operation(
            summary = "Reads the depository's messages: a text body or a multipart part 'file'",
            description = "SWIFT MT548 and MT544-547, or ISO 20022 sese.024 and sese.025, one or several in one"
                    + " text. Answers each message's fate: its kind, reference and the error that kept it out, if any.")
    @PostMapping(
            value = "/api/securities/messages",
            consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    List<ImportedMessage> messages(@RequestBody(required = false) String text, Authentication authentication) {
        if (text == null || text.isBlank()) {
            throw InvalidDocumentException.of("messages", "must be given: the text of one or more messages");
        }
        return securities.settlement().importMessages(CurrentActor.of(authentication), text);
    }

    @PostMapping(value = "/api/securities/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<ImportedMessage> messageFile(@RequestPart("file") MultipartFile file, Authentication authentication)
            throws IOException {
        return messages(utf8(file), authentication);
    }

    static String utf8(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidDocumentException.of("file", "must be given");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidDocumentException.of("file", "is not UTF-8 text");
        }
    }

    private InstructJson json(InstructOutcome o) {
        return new InstructJson(
                Long.toString(o.tradeId()),
                o.instructed(),
                o.instruction() == null ? null : json(o.instruction()),
                o.errors());
    }

    private InstructionJson json(Instruction in) {
        String ccy = in.currency();
        return new InstructionJson(
                Long.toString(in.id()),
                Long.toString(in.tradeId()),
                in.reference(),
                in.branch(),
                in.direction().name(),
                in.dvp() ? "DVP" : "FOP",
                in.registrar(),
                in.isin(),
                in.quantity(),
                in.settledQuantity(),
                money.text(in.settlementAmount(), ccy),
                money.text(in.settledAmount(), ccy),
                money.text(in.fees(), ccy),
                money.text(in.settledFees(), ccy),
                ccy,
                in.tradeDate(),
                in.settlementDate(),
                in.place(),
                in.depoAccount(),
                in.counterpartyBic(),
                in.counterpartyAccount(),
                in.status().name(),
                in.cancelReason(),
                in.cancelRequestedBy(),
                in.createdAt(),
                in.createdBy(),
                in.version());
    }

    static long tradeId(String text, String field) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            throw InvalidDocumentException.of(field, "must be a trade id (digits)");
        }
        return Long.parseLong(text.strip());
    }

    private Instruction visible(Actor actor, String id) {
        return ApiValues.visible(
                "instruction", id, number -> securities.settlement().visible(actor, number));
    }
}
