package org.backoffice.server.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditEntry;
import org.backoffice.platform.audit.AuditVerification;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.PageJson;
import org.backoffice.server.web.Paging;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Tag(
        name = "Audit",
        description = "The append-only, hash-chained log of every change. Auditors and administrators see every"
                + " entry; others see their branches' entries.")
@RestController
@RequestMapping("/api/audit")
class AuditController {
    private final Platform platform;
    private final JsonMapper json;

    AuditController(Platform platform, JsonMapper json) {
        this.platform = platform;
        this.json = json;
    }

    @Schema(name = "AuditEntry")
    record EntryJson(
            long seq,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            String branch,

            @Schema(description = "The state before the change, as JSON; null when something was created")
            Object before,

            @Schema(description = "The state after the change, as JSON; null when something was removed")
            Object after,

            @Schema(description = "SHA-256 over the previous entry's hash and this entry")
            String hash) {}

    @Schema(name = "AuditVerification")
    record VerificationJson(long checked, boolean intact, List<String> problems) {}

    @Operation(summary = "Entries of the log, newest first, optionally of one entity (e.g. a document's id)")
    @GetMapping
    PageJson<EntryJson> list(
            @RequestParam(name = "entityId", required = false) String entityId,
            Paging paging,
            Authentication authentication) {
        return PageJson.of(
                platform.audit().list(CurrentActor.of(authentication), entityId, paging.page(), paging.size()),
                this::entry);
    }

    @Operation(
            summary = "Walks the whole chain and names every altered, removed or inserted entry (AUDITOR or"
                    + " ADMINISTRATOR)")
    @GetMapping("/verify")
    VerificationJson verify(Authentication authentication) {
        AuditVerification verification = platform.audit().verify(CurrentActor.of(authentication));
        return new VerificationJson(verification.checked(), verification.intact(), verification.problems());
    }

    private EntryJson entry(AuditEntry e) {
        return new EntryJson(
                e.seq(),
                e.at(),
                e.actor(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.branch(),
                state(e.before()),
                state(e.after()),
                e.hash());
    }

    /** A state as the JSON it is; text that is not JSON stays text. */
    private Object state(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(text);
            return node;
        } catch (JacksonException e) {
            return text;
        }
    }
}
