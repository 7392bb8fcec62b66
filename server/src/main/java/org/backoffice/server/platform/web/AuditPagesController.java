package org.backoffice.server.platform.web;

import java.util.HashSet;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditEntry;
import org.backoffice.platform.audit.AuditVerification;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Pager;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log, newest first: auditors and administrators see all of it and may verify its hash chain; others
 * see their branches' entries.
 */
@PageController
final class AuditPagesController {
    static final int PAGE_SIZE = 50;

    private final Platform platform;

    AuditPagesController(Platform platform) {
        this.platform = platform;
    }

    @GetMapping("/audit")
    String audit(
            Viewer viewer,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "entity", defaultValue = "") String entity,
            Model model) {
        Page<AuditEntry> entries = platform.audit().list(viewer.actor(), entity, Math.max(page, 0), PAGE_SIZE);
        var types = new HashSet<>(platform.documents().types());
        model.addAttribute(
                "rows", entries.items().stream().map(e -> AuditRow.of(e, types)).toList());
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/audit");
        if (!entity.isBlank()) {
            address.queryParam("entity", entity);
        }
        model.addAttribute("pager", Pager.of(entries, address));
        model.addAttribute("entity", entity);
        return "platform/audit";
    }

    /** Walks the whole chain. Reading it is harmless, but it is the auditors' tool and it reads every entry. */
    @PostMapping("/audit/verify")
    String verify(Viewer viewer, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (!viewer.auditor()) {
            throw new SecurityException(viewer.username() + " may not verify the audit log");
        }
        AuditVerification verification = platform.audit().verify();
        model.addAttribute("verification", verification);
        if (htmx != null) {
            return "platform/audit :: verification";
        }
        return audit(viewer, 0, "", model);
    }
}
