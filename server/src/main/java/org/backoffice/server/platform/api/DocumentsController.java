package org.backoffice.server.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.NoSuchElementException;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.Documents;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.metrics.CommitTimer;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.PageJson;
import org.backoffice.server.web.Paging;
import org.backoffice.server.web.Params;
import org.backoffice.server.web.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Documents",
        description = "Documents of every type and their lifecycle: DRAFT → SUBMITTED → POSTED (approved by a second"
                + " user at or above the policy's threshold), REJECTED back to the maker, POSTED → REVERSED. The maker"
                + " never approves their own document (403).")
@RestController
class DocumentsController {
    private final Documents documents;
    private final DocumentViews views;
    private final CommitTimer commits;

    DocumentsController(Platform platform, DocumentViews views, CommitTimer commits) {
        this.documents = platform.documents();
        this.views = views;
        this.commits = commits;
    }

    @Schema(name = "Decision")
    record CommentRequest(
            @Schema(description = "Why; required to reject or reverse, at most 1000 characters")
            String comment) {}

    @Operation(summary = "Documents of the caller's branches, filtered, sorted and paged")
    @GetMapping("/api/documents")
    PageJson<DocumentJson> list(
            @Parameter(example = "JournalVoucher") @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "maker", required = false) String maker,
            @Parameter(description = "Value date from, YYYY-MM-DD") @RequestParam(name = "from", required = false)
                    String from,
            @Parameter(description = "Value date to, YYYY-MM-DD") @RequestParam(name = "to", required = false)
                    String to,
            @Parameter(description = "Part of the number") @RequestParam(name = "number", required = false)
                    String number,
            Paging paging,
            @Parameter(
                            description = "date, number, amount, status, type or created; a leading '-' for descending;"
                                    + " -created when omitted")
                    @RequestParam(name = "sort", required = false)
                    String sort,
            Authentication authentication) {
        DocumentQuery query = new DocumentQuery(
                type,
                Params.choice("status", status, DocumentStatus.class),
                branch,
                maker,
                Params.date("from", from),
                Params.date("to", to),
                number,
                sort,
                paging.page(),
                paging.size());
        return PageJson.of(documents.list(CurrentActor.of(authentication), query), views::json);
    }

    @Operation(
            summary = "One document, with its version as ETag",
            description = "With If-None-Match naming the current version, 304 and no body.")
    @GetMapping("/api/documents/{id}")
    ResponseEntity<DocumentJson> get(
            @PathVariable("id") String id,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
            Authentication authentication) {
        Document document = visible(authentication, id);
        String etag = Versions.etag(document.version());
        if (Versions.matches(ifNoneMatch, document.version())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(views.json(document));
    }

    @Operation(
            summary = "Submits a draft: below the threshold it posts, otherwise it waits for approval",
            description = "Only the maker may. If-Match must name the version: 428 without it, 412 when stale.")
    @PostMapping("/api/documents/{id}/submit")
    ResponseEntity<DocumentJson> submit(
            @PathVariable("id") String id,
            @Parameter(description = "The document's ETag, e.g. \"1\"")
                    @RequestHeader(value = Versions.IF_MATCH, required = false)
                    String ifMatch,
            Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        DocumentId documentId = DocumentId.parse(id);
        int version = Versions.required(ifMatch);
        try {
            return answer(commits.record("submit", () -> documents.submit(actor, documentId, version)));
        } catch (IllegalStateException e) {
            throw Versions.stale(e);
        }
    }

    @Operation(summary = "Approves a submitted document, which posts it; never by its maker")
    @PostMapping("/api/documents/{id}/approve")
    ResponseEntity<DocumentJson> approve(
            @PathVariable("id") String id,
            @RequestBody(required = false) CommentRequest request,
            Authentication authentication) {
        return commented("approve", id, request, authentication, Documents::approve);
    }

    @Operation(summary = "Sends a submitted document back to its maker, saying why")
    @PostMapping("/api/documents/{id}/reject")
    ResponseEntity<DocumentJson> reject(
            @PathVariable("id") String id,
            @RequestBody(required = false) CommentRequest request,
            Authentication authentication) {
        return commented("reject", id, request, authentication, Documents::reject);
    }

    @Operation(summary = "Reverses a posted document: the ledger gets a reversal that references the original")
    @PostMapping("/api/documents/{id}/reverse")
    ResponseEntity<DocumentJson> reverse(
            @PathVariable("id") String id,
            @RequestBody(required = false) CommentRequest request,
            Authentication authentication) {
        return commented("reverse", id, request, authentication, Documents::reverse);
    }

    @Operation(summary = "The approvals inbox: submitted documents of others that the caller may approve")
    @GetMapping("/api/approvals")
    PageJson<DocumentJson> approvals(Paging paging, Authentication authentication) {
        return PageJson.of(
                documents.awaitingApproval(CurrentActor.of(authentication), paging.page(), paging.size()), views::json);
    }

    /** What approve, reject and reverse do with the document and the caller's comment. */
    private interface Commented {
        Document apply(Documents documents, Actor actor, DocumentId id, String comment);
    }

    private ResponseEntity<DocumentJson> commented(
            String action, String id, CommentRequest request, Authentication authentication, Commented act) {
        Actor actor = CurrentActor.of(authentication);
        DocumentId documentId = DocumentId.parse(id);
        return answer(commits.record(action, () -> act.apply(documents, actor, documentId, comment(request))));
    }

    private Document visible(Authentication authentication, String id) {
        DocumentId documentId = DocumentId.parse(id);
        return documents
                .find(CurrentActor.of(authentication), documentId)
                .orElseThrow(() -> new NoSuchElementException("document " + id + " not found"));
    }

    private ResponseEntity<DocumentJson> answer(Document document) {
        return ResponseEntity.ok().eTag(Versions.etag(document.version())).body(views.json(document));
    }

    private static String comment(CommentRequest request) {
        return request == null ? null : request.comment();
    }
}
