package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.backoffice.banking.Banking;
import org.backoffice.banking.clearing.ClearingCycle;
import org.backoffice.banking.clearing.ClearingException;
import org.backoffice.banking.clearing.ClearingFile;
import org.backoffice.banking.clearing.ClearingFormat;
import org.backoffice.banking.clearing.CycleItem;
import org.backoffice.banking.clearing.ImportProgress;
import org.backoffice.banking.clearing.ImportResult;
import org.backoffice.banking.clearing.ImportRow;
import org.backoffice.banking.clearing.NetPosition;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.platform.api.DocumentJson;
import org.backoffice.server.platform.api.DocumentViews;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.ItemsJson;
import org.backoffice.server.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
        name = "Clearing",
        description = "Clearing and netting at head office: the open cycle with its payments and net positions, its"
                + " close (a ClearingRun a controller approves, with the pacs.008 and net-position files attached),"
                + " incoming clearing files (pacs.008 or CSV) and the exceptions queue of payments held in suspense."
                + " Amounts are decimal text in the currency's units.")
@RestController
@RequestMapping("/api/clearing")
class ClearingController {
    private final Banking banking;
    private final DocumentViews views;

    ClearingController(Banking banking, DocumentViews views) {
        this.banking = banking;
        this.views = views;
    }

    @Schema(name = "ClearingCycle")
    record CycleJson(
            String id,
            int number,

            @Schema(description = "OPEN, CLOSING (cut, its run awaits approval) or CLOSED")
            String status,

            Instant openedAt,
            Instant cutAt,
            Instant closedAt,

            @Schema(description = "The ClearingRun document that settled it")
            String runId,

            List<PositionJson> positions,
            List<ItemJson> items) {}

    @Schema(name = "ClearingNetPosition")
    record PositionJson(String participantBic, String currency, String sent, String received, String net) {}

    @Schema(name = "ClearingItem")
    record ItemJson(
            String id,

            @Schema(description = "OUT: this bank sends it; IN: this bank received it")
            String direction,

            String kind,
            String status,
            String endToEndId,
            String counterpartyBic,
            String accountIban,
            String currency,
            String amount) {}

    @Schema(name = "ClearingFile")
    record FileJson(
            String id,
            String fileName,
            String sha256,
            String format,

            @Schema(description = "IMPORTING until every payment has its outcome; importing it again resumes it")
            String status,

            LocalDate valueDate,
            int credited,
            int suspended,
            int unreadable,
            String importedBy,
            Instant startedAt,
            Instant finishedAt,
            List<TotalJson> totals) {}

    @Schema(name = "ClearingFileTotal")
    record TotalJson(String currency, String outcome, int payments, String amount) {}

    @Schema(name = "ClearingImportRow")
    record RowJson(
            @Schema(description = "The CSV line or the pacs.008 transaction's position; 0 for the group header")
            int item,

            @Schema(description = "CREDITED, SUSPENSE or UNREADABLE")
            String outcome,

            String endToEndId,
            String creditorIban,
            String currency,
            String amount,

            @Schema(description = "Why it was held or could not be read")
            String detail) {}

    @Schema(name = "ClearingImport")
    record ImportJson(FileJson file, boolean resumed, List<RowJson> rows) {}

    @Schema(name = "ClearingException")
    record ExceptionJson(
            String id,
            String fileId,
            int item,
            String reason,
            String endToEndId,
            String debtorName,
            String debtorIban,
            String debtorBic,
            String creditorName,
            String creditorIban,
            String currency,
            String amount,

            @Schema(description = "OPEN, RETURNED or REROUTED")
            String status,

            Instant createdAt,
            String resolutionId,
            String resolvedTo,
            String proposedBy,
            String resolvedBy,
            Instant resolvedAt) {}

    @Schema(name = "ClearingReturnRequest")
    record ReturnRequest(
            @Schema(example = "beneficiary unknown") String reason) {}

    @Schema(name = "ClearingRerouteRequest")
    record RerouteRequest(
            @Schema(example = "GB29DEMO40000000000001") String targetIban,

            @Schema(example = "the beneficiary's new account")
            String reason) {}

    @Operation(summary = "Cycles, newest first, without their items")
    @GetMapping("/cycles")
    ItemsJson<CycleJson> cycles(Paging paging, Authentication authentication) {
        return new ItemsJson<>(
                banking.clearing().cycles().list(CurrentActor.of(authentication), paging.page(), paging.size()).stream()
                        .map(c -> cycle(c, List.of(), List.of()))
                        .toList());
    }

    @Operation(summary = "The open cycle with its latest payments and the net positions it would settle now")
    @GetMapping("/cycles/current")
    CycleJson current(Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        ClearingCycle open = banking.clearing()
                .cycles()
                .current(actor)
                .orElseThrow(() -> new NoSuchElementException("no clearing cycle is open"));
        return detailed(actor, open);
    }

    @Operation(summary = "A cycle with its latest payments (500 of each direction) and its net positions")
    @GetMapping("/cycles/{id}")
    CycleJson cycle(@PathVariable("id") long id, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        return detailed(actor, banking.clearing().cycles().get(actor, id));
    }

    @Operation(
            summary = "Closes the cycle: cuts it and makes its ClearingRun, which a controller approves",
            description = "New payments go to a new cycle from now on. The run (SUBMITTED) carries the positions;"
                    + " the pacs.008 of each currency and the net-position CSV are its attachments. A cycle with no"
                    + " payments, or one whose run awaits approval, is a 422 on the field cycle.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/cycles/close")
    ResponseEntity<DocumentJson> close(Authentication authentication) {
        Document run = banking.clearing()
                .cycles()
                .close(CurrentActor.of(authentication), null)
                .document();
        return views.created(run);
    }

    @Operation(
            summary = "Imports an incoming clearing file (multipart/form-data, part \"file\")",
            description = "format: pacs008 or csv; told by the content when absent. Each good payment is credited to"
                    + " its beneficiary or held in suspense as an exception; what cannot be read is listed by line"
                    + " or position. A file imported before is a 422 naming the earlier import; a file whose import"
                    + " was interrupted is resumed. The answer lists the first 1,000 rows; read the rest from"
                    + " /api/clearing/files/{id}/rows.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(value = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJson> importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "format", required = false) String format,
            Authentication authentication) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
        ClearingFormat chosen = format == null || format.isBlank() ? null : ClearingFormat.parse(format);
        ImportResult result = banking.clearing()
                .incoming()
                .importFile(
                        CurrentActor.of(authentication),
                        file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                        content,
                        chosen,
                        ImportProgress.NONE);
        return ResponseEntity.created(
                        URI.create("/api/clearing/files/" + result.file().id()))
                .body(new ImportJson(
                        file(result.file()),
                        result.resumed(),
                        result.rows().stream().map(this::row).toList()));
    }

    @Operation(summary = "Incoming files, newest first")
    @GetMapping("/files")
    ItemsJson<FileJson> files(Paging paging, Authentication authentication) {
        return new ItemsJson<>(
                banking
                        .clearing()
                        .incoming()
                        .files(CurrentActor.of(authentication), paging.page(), paging.size())
                        .stream()
                        .map(this::file)
                        .toList());
    }

    @Operation(summary = "An incoming file with its totals per currency and outcome")
    @GetMapping("/files/{id}")
    FileJson fileById(@PathVariable("id") long id, Authentication authentication) {
        return file(banking.clearing().incoming().file(CurrentActor.of(authentication), id));
    }

    @Operation(summary = "What became of each item of a file, in file order, from the item `from` on")
    @GetMapping("/files/{id}/rows")
    ItemsJson<RowJson> rows(
            @PathVariable("id") long id,
            @RequestParam(name = "from", defaultValue = "0") int from,
            @RequestParam(name = "limit", defaultValue = "1000") int limit,
            Authentication authentication) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit: must be within 1..10000, was " + limit);
        }
        return new ItemsJson<>(
                banking.clearing().incoming().rows(CurrentActor.of(authentication), id, from, limit).stream()
                        .map(this::row)
                        .toList());
    }

    @Operation(summary = "The exceptions queue, oldest first; status OPEN, RETURNED or REROUTED")
    @GetMapping("/exceptions")
    ItemsJson<ExceptionJson> exceptions(
            @RequestParam(name = "status", required = false) String status,
            Paging paging,
            Authentication authentication) {
        return new ItemsJson<>(
                banking
                        .clearing()
                        .exceptions()
                        .list(CurrentActor.of(authentication), status, paging.page(), paging.size())
                        .stream()
                        .map(this::exception)
                        .toList());
    }

    @Operation(
            summary = "Proposes to return a held payment to the sending bank (an ExceptionResolution to approve)",
            description = "Approved by a controller, it leaves suspense for the clearing payable account and joins"
                    + " the open cycle towards the sending bank.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/exceptions/{id}/return")
    ResponseEntity<DocumentJson> proposeReturn(
            @PathVariable("id") long id, @RequestBody ReturnRequest request, Authentication authentication) {
        Document proposal = banking.clearing()
                .exceptions()
                .proposeReturn(CurrentActor.of(authentication), id, request.reason(), null)
                .document();
        return views.created(proposal);
    }

    @Operation(
            summary = "Proposes to credit a held payment to an account of this bank (an ExceptionResolution)",
            description = "The account must be open and kept in the payment's currency (422 on targetIban).")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/exceptions/{id}/reroute")
    ResponseEntity<DocumentJson> proposeReroute(
            @PathVariable("id") long id, @RequestBody RerouteRequest request, Authentication authentication) {
        Document proposal = banking.clearing()
                .exceptions()
                .proposeReroute(CurrentActor.of(authentication), id, request.targetIban(), request.reason(), null)
                .document();
        return views.created(proposal);
    }

    private CycleJson detailed(Actor actor, ClearingCycle cycle) {
        return cycle(
                cycle,
                banking.clearing().cycles().positions(actor, cycle.id()),
                banking.clearing().cycles().items(actor, cycle.id(), 500));
    }

    private CycleJson cycle(ClearingCycle c, List<NetPosition> positions, List<CycleItem> items) {
        return new CycleJson(
                Long.toString(c.id()),
                c.number(),
                c.status(),
                c.openedAt(),
                c.cutAt(),
                c.closedAt(),
                c.runId() == null ? null : Long.toString(c.runId()),
                positions.stream()
                        .map(p -> new PositionJson(
                                p.participantBic(),
                                p.currency(),
                                money(p.sent(), p.currency()),
                                money(p.received(), p.currency()),
                                money(p.net(), p.currency())))
                        .toList(),
                items.stream()
                        .map(i -> new ItemJson(
                                Long.toString(i.id()),
                                i.direction(),
                                i.kind(),
                                i.status(),
                                i.endToEndId(),
                                i.counterpartyBic(),
                                i.accountIban(),
                                i.currency(),
                                money(i.amount(), i.currency())))
                        .toList());
    }

    private FileJson file(ClearingFile f) {
        return new FileJson(
                Long.toString(f.id()),
                f.fileName(),
                f.sha256(),
                f.format().label(),
                f.status(),
                f.valueDate(),
                f.credited(),
                f.suspended(),
                f.unreadable(),
                f.importedBy(),
                f.startedAt(),
                f.finishedAt(),
                f.totals().stream()
                        .map(t ->
                                new TotalJson(t.currency(), t.outcome(), t.payments(), money(t.amount(), t.currency())))
                        .toList());
    }

    private RowJson row(ImportRow r) {
        return new RowJson(
                r.item(),
                r.outcome(),
                r.endToEndId(),
                r.creditorIban(),
                r.currency(),
                r.amount() == null ? null : money(r.amount(), r.currency()),
                r.detail());
    }

    private ExceptionJson exception(ClearingException e) {
        return new ExceptionJson(
                Long.toString(e.id()),
                Long.toString(e.fileId()),
                e.item(),
                e.reason(),
                e.endToEndId(),
                e.debtorName(),
                e.debtorIban(),
                e.debtorBic(),
                e.creditorName(),
                e.creditorIban(),
                e.currency(),
                money(e.amount(), e.currency()),
                e.status(),
                e.createdAt(),
                e.resolutionId() == null ? null : Long.toString(e.resolutionId()),
                e.resolvedTo(),
                e.proposedBy(),
                e.resolvedBy(),
                e.resolvedAt());
    }

    private String money(long units, String currency) {
        return Amount.plain(units, views.scale(currency));
    }
}
