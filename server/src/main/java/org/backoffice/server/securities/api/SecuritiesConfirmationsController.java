package org.backoffice.server.securities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.confirmation.Confirmation;
import org.backoffice.securities.confirmation.CounterpartyConfirmation;
import org.backoffice.securities.confirmation.FieldDifference;
import org.backoffice.securities.confirmation.ImportRow;
import org.backoffice.securities.confirmation.MatchResult;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.server.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
        name = "Securities confirmations",
        description =
                "A trade's sale contract (PDF), the counterparty's affirmation, a match against the counterparty's"
                        + " confirmation with the fields that differ, and a CSV of confirmations matched row by row. POSTs take"
                        + " an Idempotency-Key header.")
@RestController
class SecuritiesConfirmationsController {
    private final Securities securities;

    SecuritiesConfirmationsController(Securities securities) {
        this.securities = securities;
    }

    /** The counterparty's confirmation as typed: every value as text, read here so each refusal names its field. */
    record TheirConfirmation(
            String side,
            String isin,
            String quantity,
            String price,
            String settlementAmount,
            String currency,
            String tradeDate,
            String settlementDate,
            String lei) {}

    /** A recorded confirmation event. */
    record ConfirmationJson(
            String id,
            String status,
            String counterparty,
            List<FieldDifference> differences,
            String recordedBy,
            Instant recordedAt) {
        static ConfirmationJson of(Confirmation c) {
            return new ConfirmationJson(
                    Long.toString(c.id()),
                    c.status().name(),
                    c.counterparty(),
                    c.differences(),
                    c.recordedBy(),
                    c.recordedAt());
        }
    }

    @GetMapping(value = "/api/securities/trades/{id}/contract", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] contract(@PathVariable("id") String id, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        return securities.confirmations().contractPdf(actor, visible(actor, id).id());
    }

    @GetMapping("/api/securities/trades/{id}/confirmations")
    List<ConfirmationJson> history(@PathVariable("id") String id, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        return securities.confirmations().history(actor, visible(actor, id).id()).stream()
                .map(ConfirmationJson::of)
                .toList();
    }

    @Operation(summary = "Records that the counterparty affirmed the trade")
    @PostMapping("/api/securities/trades/{id}/affirmation")
    ResponseEntity<ConfirmationJson> affirm(@PathVariable("id") String id, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Confirmation made =
                securities.confirmations().affirm(actor, visible(actor, id).id());
        return ResponseEntity.status(201).body(ConfirmationJson.of(made));
    }

    @Operation(
            summary = "Matches the trade against the counterparty's confirmation (their side, amounts as decimal text)",
            description = "200 with matched and the differing fields (ours, theirs); 422 when the confirmation itself"
                    + " cannot be read.")
    @PostMapping("/api/securities/trades/{id}/confirmation-match")
    MatchResult match(
            @PathVariable("id") String id,
            @RequestBody(required = false) TheirConfirmation body,
            Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Trade trade = visible(actor, id);
        if (body == null) {
            throw InvalidDocumentException.of("confirmation", "must be given");
        }
        List<FieldError> errors = new ArrayList<>();
        Side side = null;
        try {
            side = body.side() == null ? null : Side.valueOf(body.side().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("side", "must be BUY or SELL"));
        }
        Long quantity = null;
        if (body.quantity() == null || !body.quantity().strip().matches("\\d{1,18}")) {
            errors.add(new FieldError("quantity", "must be a whole number"));
        } else {
            quantity = Long.parseLong(body.quantity().strip());
        }
        BigDecimal price = decimal(body.price(), "price", errors);
        BigDecimal amount = decimal(body.settlementAmount(), "settlementAmount", errors);
        LocalDate tradeDate = date(body.tradeDate(), "tradeDate", errors);
        LocalDate settlementDate = date(body.settlementDate(), "settlementDate", errors);
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        CounterpartyConfirmation theirs;
        try {
            theirs = new CounterpartyConfirmation(
                    trade.tradeRef(),
                    side,
                    ApiValues.upper(body.isin()),
                    quantity,
                    price,
                    amount,
                    ApiValues.upper(body.currency()),
                    tradeDate,
                    settlementDate,
                    ApiValues.upper(body.lei()));
        } catch (IllegalArgumentException e) {
            throw new InvalidDocumentException(List.of(FieldError.parse(e.getMessage())));
        }
        return securities.confirmations().match(actor, trade.id(), theirs);
    }

    /** One row of a CSV of confirmations; rows numbered as a spreadsheet shows them (the header is row 1). */
    record RowJson(int row, String tradeRef, String kind, List<FieldDifference> differences, List<FieldError> errors) {}

    @Operation(
            summary = "Matches a CSV of counterparty confirmations (multipart part 'file'), row by row",
            description = "Header: tradeRef,side,isin,quantity,price,settlementAmount,currency,tradeDate,"
                    + "settlementDate,lei. Each row is MATCHED, MISMATCHED (with the differences) or REFUSED (with"
                    + " the errors); one bad row does not stop the others.")
    @PostMapping(value = "/api/securities/confirmations/csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<RowJson> importCsv(
            @RequestPart(name = "file", required = false) MultipartFile file, Authentication authentication)
            throws IOException {
        String text = SecuritiesSettlementController.utf8(file);
        List<ImportRow> rows = securities.confirmations().importConfirmations(CurrentActor.of(authentication), text);
        return rows.stream()
                .map(r -> new RowJson(r.row() + 1, r.tradeRef(), r.kind().name(), r.differences(), r.errors()))
                .toList();
    }

    private static BigDecimal decimal(String text, String field, List<FieldError> errors) {
        if (text == null || !text.strip().matches("-?\\d{1,15}(\\.\\d{1,12})?")) {
            errors.add(new FieldError(field, "must be a decimal such as 101.25"));
            return null;
        }
        return new BigDecimal(text.strip());
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        try {
            if (text == null) {
                errors.add(new FieldError(field, "must be given as YYYY-MM-DD"));
                return null;
            }
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private Trade visible(Actor actor, String id) {
        return ApiValues.visible("trade", id, number -> securities.trades().visible(actor, number));
    }
}
