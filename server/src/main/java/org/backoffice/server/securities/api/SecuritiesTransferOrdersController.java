package org.backoffice.server.securities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.registrar.TransferOrder;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.PageJson;
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
        name = "Securities transfer orders",
        description = "Orders to the registrar to re-register a registrar-held instrument for an instructed trade:"
                + " generated, registered as sent, the registrar's extract attached, completed by a controller (not"
                + " the one who attached the extract; refused while the extract is missing). POSTs take an"
                + " Idempotency-Key header.")
@RestController
class SecuritiesTransferOrdersController {
    private final Securities securities;

    SecuritiesTransferOrdersController(Securities securities) {
        this.securities = securities;
    }

    /** A transfer order as the API shows it; ids as text. */
    record OrderJson(
            String id,
            String number,
            String instructionId,
            String tradeId,
            String tradeRef,
            String branch,
            String sellerAccount,
            String sellerOwner,
            String buyerAccount,
            String buyerOwner,
            String isin,
            long quantity,
            String registrarBic,
            LocalDate settlementDate,
            String status,
            LocalDate sentOn,
            String extractSha256,
            String extractName,
            String extractBy,
            String completedBy,
            Instant completedAt,
            Instant createdAt,
            String createdBy) {
        static OrderJson of(TransferOrder o) {
            return new OrderJson(
                    Long.toString(o.id()),
                    o.number(),
                    Long.toString(o.instructionId()),
                    Long.toString(o.tradeId()),
                    o.tradeRef(),
                    o.branch(),
                    o.sellerAccount(),
                    o.sellerOwner(),
                    o.buyerAccount(),
                    o.buyerOwner(),
                    o.isin(),
                    o.quantity(),
                    o.registrarBic(),
                    o.settlementDate(),
                    o.status().name(),
                    o.sentOn(),
                    o.extractSha256(),
                    o.extractName(),
                    o.extractBy(),
                    o.completedBy(),
                    o.completedAt(),
                    o.createdAt(),
                    o.createdBy());
        }
    }

    /** The trade an order is generated for. */
    record Generate(String tradeId) {}

    /** The day the order went to the registrar, YYYY-MM-DD. */
    record Sent(String sentOn) {}

    @Operation(
            summary = "Transfer orders of your branches, newest first; pendingWithoutExtract=true gives the controls"
                    + " report (not completed, no extract), all of it")
    @GetMapping("/api/securities/transfer-orders")
    PageJson<OrderJson> list(
            @RequestParam(name = "pendingWithoutExtract", defaultValue = "false") boolean pending,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size,
            Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        if (pending) {
            List<OrderJson> all = securities.transferOrders().pendingWithoutExtract(actor).stream()
                    .map(OrderJson::of)
                    .toList();
            return new PageJson<>(all, 0, Math.max(all.size(), 1), all.size());
        }
        return PageJson.of(securities.transferOrders().list(actor, page, size), OrderJson::of);
    }

    @GetMapping("/api/securities/transfer-orders/{id}")
    OrderJson order(@PathVariable("id") String id, Authentication authentication) {
        return OrderJson.of(visible(CurrentActor.of(authentication), id));
    }

    @Operation(summary = "Generates the order of an instructed registrar-held trade; again, the same order")
    @PostMapping("/api/securities/transfer-orders")
    ResponseEntity<OrderJson> generate(@RequestBody(required = false) Generate body, Authentication authentication) {
        long tradeId = SecuritiesSettlementController.tradeId(body == null ? null : body.tradeId(), "tradeId");
        TransferOrder order = securities.transferOrders().generate(CurrentActor.of(authentication), tradeId);
        return ResponseEntity.created(URI.create("/api/securities/transfer-orders/" + order.id()))
                .body(OrderJson.of(order));
    }

    @PostMapping("/api/securities/transfer-orders/{id}/sent")
    OrderJson sent(
            @PathVariable("id") String id, @RequestBody(required = false) Sent body, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        TransferOrder order = visible(actor, id);
        LocalDate day;
        try {
            day = body == null || body.sentOn() == null
                    ? null
                    : LocalDate.parse(body.sentOn().strip());
        } catch (DateTimeParseException e) {
            throw InvalidDocumentException.of("sentOn", "must be a date as YYYY-MM-DD");
        }
        return OrderJson.of(securities.transferOrders().registerSent(actor, order.id(), day));
    }

    @Operation(summary = "Attaches the registrar's extract (multipart part 'file')")
    @PostMapping(value = "/api/securities/transfer-orders/{id}/extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    OrderJson extract(
            @PathVariable("id") String id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            Authentication authentication)
            throws IOException {
        Actor actor = CurrentActor.of(authentication);
        TransferOrder order = visible(actor, id);
        if (file == null || file.isEmpty()) {
            throw InvalidDocumentException.of("file", "must be given: the registrar's extract");
        }
        return OrderJson.of(securities
                .transferOrders()
                .attachExtract(actor, order.id(), file.getOriginalFilename(), file.getBytes()));
    }

    @Operation(summary = "A controller completes the order: the trade settles. 422 while the extract is missing")
    @PostMapping("/api/securities/transfer-orders/{id}/complete")
    OrderJson complete(@PathVariable("id") String id, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        TransferOrder order = visible(actor, id);
        return OrderJson.of(securities.transferOrders().complete(actor, order.id()));
    }

    @GetMapping(value = "/api/securities/transfer-orders/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] pdf(@PathVariable("id") String id, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        return securities.transferOrders().pdf(actor, visible(actor, id).id());
    }

    private TransferOrder visible(Actor actor, String id) {
        return ApiValues.visible(
                "transfer order", id, number -> securities.transferOrders().visible(actor, number));
    }
}
