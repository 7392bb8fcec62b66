package org.backoffice.server.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.PageReply;
import org.backoffice.server.web.Pager;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The approvals inbox: submitted documents of others that the user may approve or reject, with a comment. */
@PageController
final class ApprovalsController {
    static final int PAGE_SIZE = 20;

    private final Platform platform;
    private final Money money;

    ApprovalsController(Platform platform, Money money) {
        this.platform = platform;
        this.money = money;
    }

    @GetMapping("/approvals")
    String inbox(Viewer viewer, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        requireApprover(viewer);
        return page(viewer, Math.max(page, 0), model);
    }

    @PostMapping("/approvals/{id}/{decision:approve|reject}")
    String decide(
            Viewer viewer,
            @PathVariable("id") String id,
            @PathVariable("decision") String decision,
            @RequestParam(name = "comment", defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return decide(Decision.of(decision), viewer, id, comment, model, redirect, response);
    }

    private String decide(
            Decision decision,
            Viewer viewer,
            String id,
            String comment,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireApprover(viewer);
        try {
            Document decided = decision.apply(platform.documents(), viewer.actor(), DocumentId.parse(id), comment);
            redirect.addFlashAttribute("notice", decision.notice(decided));
            redirect.addFlashAttribute("decided", decided.id().toString());
            return "redirect:/approvals";
        } catch (InvalidDocumentException | IllegalStateException e) {
            return refused(viewer, id, comment, e, model, response);
        }
    }

    private String refused(
            Viewer viewer, String id, String comment, RuntimeException e, Model model, HttpServletResponse response) {
        String message = e instanceof InvalidDocumentException invalid
                ? invalid.errors().stream()
                        .map(f -> f.field().equals("comment") ? "A comment " + f.message() + "." : f.message())
                        .reduce((a, b) -> a + " " + b)
                        .orElse(e.getMessage())
                : e.getMessage();
        model.addAttribute("rowErrors", Map.of(id, message));
        model.addAttribute("comments", Map.of(id, comment));
        return PageReply.refused(response, PageReply.statusOf(e), model, message, () -> page(viewer, 0, model));
    }

    private String page(Viewer viewer, int page, Model model) {
        Page<Document> waiting = platform.documents().awaitingApproval(viewer.actor(), page, PAGE_SIZE);
        model.addAttribute(
                "rows",
                waiting.items().stream().map(d -> DocumentRow.of(d, money)).toList());
        model.addAttribute("pager", Pager.of(waiting, UriComponentsBuilder.fromPath("/approvals")));
        if (!model.containsAttribute("rowErrors")) {
            model.addAttribute("rowErrors", Map.of());
            model.addAttribute("comments", Map.of());
        }
        return "platform/approvals";
    }

    private static void requireApprover(Viewer viewer) {
        if (!viewer.approver()) {
            throw new SecurityException(viewer.username() + " approves no document type");
        }
    }
}
