package org.backoffice.server.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Side;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.metrics.CommitTimer;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.IdempotencyFilter;
import org.backoffice.server.web.Params;
import org.backoffice.server.web.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Journal vouchers",
        description = "The accountant's manual entry: lines in one asset whose debits equal their credits. A request"
                + " that cannot be read (malformed JSON, a value of the wrong type, an unknown field) is a 400; a"
                + " voucher that breaks its rules (an unknown account, an amount with too many decimals, unbalanced"
                + " lines) is a 422 naming every field, e.g. lines[1].amount.")
@RestController
@RequestMapping("/api/journal-vouchers")
class JournalVouchersController {
    private final Platform platform;
    private final DocumentViews views;
    private final CommitTimer commits;
    private final DocumentCreation creation;

    JournalVouchersController(Platform platform, DocumentViews views, CommitTimer commits, DocumentCreation creation) {
        this.platform = platform;
        this.views = views;
        this.commits = commits;
        this.creation = creation;
    }

    @Schema(name = "JournalVoucherRequest")
    record VoucherRequest(
            @Schema(example = "HO", description = "On a change, the draft's branch or nothing")
            String branch,

            @Schema(example = "2026-11-27") LocalDate valueDate,
            @Schema(example = "Stationery") String narrative,
            @Schema(example = "USD") String asset,
            List<LineRequest> lines) {}

    @Schema(name = "JournalVoucherLineRequest")
    record LineRequest(
            @Schema(example = "HO-5030-USD") String account,
            Side side,

            @Schema(description = "Decimal text, at most the asset's decimal places", example = "12.34")
            String amount) {}

    @Operation(
            summary = "Creates a journal voucher as a draft, or submits it at once (?submit=true)",
            description = "Submitted below the approval threshold it posts at once (POSTED); at or above it waits"
                    + " for a second user's approval (SUBMITTED). With an Idempotency-Key, a retry of the same request"
                    + " answers 201 with the document the first one made, as it stands now, and Idempotent-Replayed:"
                    + " true, posting nothing twice; the same key with another request is a 422.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<DocumentJson> create(
            @RequestBody VoucherRequest request,
            @RequestParam(name = "submit", defaultValue = "false") boolean submit,
            @Parameter(description = "1..200 characters; a retry with the same key and request changes nothing")
                    @RequestHeader(value = IdempotencyFilter.HEADER, required = false)
                    String key,
            Authentication authentication,
            HttpServletRequest http) {
        DocumentResult result = creation.create(
                request,
                key,
                authentication,
                http,
                (actor, idempotency) -> renamed(() -> platform.documents()
                        .create(
                                actor,
                                new NewDocument(
                                        JournalVoucherKind.TYPE,
                                        request.branch(),
                                        request.valueDate(),
                                        voucher(request)),
                                submit,
                                idempotency)));
        Document document = result.document();
        return DocumentCreation.created(result)
                .eTag(Versions.etag(document.version()))
                .body(views.json(document));
    }

    @Operation(
            summary = "Replaces a draft's (or rejected voucher's) date and lines; only its maker may",
            description = "If-Match must name the version the change was made against: 428 without it, 412 when the"
                    + " document has changed since.")
    @PutMapping("/{id}")
    ResponseEntity<DocumentJson> update(
            @PathVariable("id") String id,
            @Parameter(description = "The document's ETag, e.g. \"1\"")
                    @RequestHeader(value = Versions.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody VoucherRequest request,
            Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        DocumentId documentId = DocumentId.parse(id);
        int version = Versions.required(ifMatch);
        Document current = platform.documents()
                .find(actor, documentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("document " + id + " not found"));
        if (request.branch() != null && !request.branch().equals(current.branch())) {
            throw InvalidDocumentException.of("branch", "cannot be changed; the document is in " + current.branch());
        }
        Document updated;
        try {
            updated = commits.record(
                    "update",
                    () -> renamed(() -> platform.documents()
                            .update(actor, documentId, version, request.valueDate(), voucher(request))));
        } catch (IllegalStateException e) {
            throw Versions.stale(e);
        }
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(views.json(updated));
    }

    /**
     * The request's voucher in minor units. Every amount that is not decimal text within the asset's decimal
     * places is named; the platform checks the rest.
     */
    private JournalVoucher voucher(VoucherRequest request) {
        Optional<Asset> asset = platform.accounts().asset(request.asset());
        List<FieldError> errors = new ArrayList<>();
        if (asset.isEmpty()) {
            errors.add(new FieldError(
                    "asset",
                    "must be a defined asset, was "
                            + (request.asset() == null ? "nothing" : "'" + Params.abbreviated(request.asset()) + "'")));
        }
        List<JournalLine> lines = new ArrayList<>();
        List<LineRequest> given = request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < given.size(); i++) {
            LineRequest line = given.get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                errors.add(new FieldError(field, "must be given"));
                continue;
            }
            long units = 0;
            if (asset.isPresent()) {
                try {
                    units = Amount.parse(field + ".amount", line.amount(), asset.get())
                            .units();
                } catch (IllegalArgumentException e) {
                    errors.add(FieldError.parse(e.getMessage()));
                }
            }
            lines.add(new JournalLine(line.account(), line.side(), units));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        return new JournalVoucher(request.asset(), request.narrative(), lines);
    }

    /** The platform names the value date "date"; this API's voucher calls it "valueDate". */
    private static <T> T renamed(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidDocumentException e) {
            throw new InvalidDocumentException(e.errors().stream()
                    .map(error -> error.field().equals("date") ? new FieldError("valueDate", error.message()) : error)
                    .toList());
        }
    }
}
