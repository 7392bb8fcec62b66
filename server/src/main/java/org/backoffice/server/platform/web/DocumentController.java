package org.backoffice.server.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.backoffice.ledger.Side;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.server.web.IsoTime;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.PageReply;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One document: its header, lines, status and audit trail, and the actions the user may take on it: submit (its
 * maker, on a draft), approve or reject (an approver who is not the maker), reverse (a holder of REVERSE).
 */
@PageController
final class DocumentController {
    static final int TRAIL_SIZE = 100;

    private final Platform platform;
    private final Money money;

    DocumentController(Platform platform, Money money) {
        this.platform = platform;
        this.money = money;
    }

    public record LineRow(String account, String debit, String credit) {}

    /** The header's details that a list row leaves out. */
    public record Details(
            int version, String comment, String createdAt, String updatedAt, String debits, String credits) {}

    @GetMapping("/documents/{id}")
    String document(Viewer viewer, @PathVariable("id") String id, Model model) {
        return page(viewer, find(viewer, id), model);
    }

    @PostMapping("/documents/{id}/submit")
    String submit(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam(name = "version", defaultValue = "0") int version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(viewer, id, Map.of(), model, redirect, response, document -> {
            Document submitted = platform.documents().submit(viewer.actor(), document.id(), version);
            return "Submitted as " + submitted.number()
                    + (submitted.status().name().equals("POSTED") ? " and posted." : ": it waits for approval.");
        });
    }

    @PostMapping("/documents/{id}/{decision:approve|reject}")
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

    @PostMapping("/documents/{id}/reverse")
    String reverse(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                viewer,
                id,
                Map.of("reason", reason),
                model,
                redirect,
                response,
                document -> "Reversed: "
                        + platform.documents()
                                .reverse(viewer.actor(), document.id(), reason)
                                .number()
                        + " is cancelled in the ledger.");
    }

    private String decide(
            Decision decision,
            Viewer viewer,
            String id,
            String comment,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                viewer,
                id,
                Map.of("comment", comment),
                model,
                redirect,
                response,
                document ->
                        decision.notice(decision.apply(platform.documents(), viewer.actor(), document.id(), comment)));
    }

    /** What an action does to the document, and the notice it leaves. */
    private interface Action {
        String perform(Document document);
    }

    /**
     * Performs an action on the document and goes back to it with a notice; a refusal shows the document again
     * with the problem and what the user typed ({@code echo}).
     */
    private String act(
            Viewer viewer,
            String id,
            Map<String, String> echo,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Action action) {
        Document document = find(viewer, id);
        try {
            return PageReply.done(redirect, action.perform(document), "/documents/" + id);
        } catch (InvalidDocumentException | IllegalStateException e) {
            model.addAllAttributes(echo);
            return refused(viewer, id, e, model, response);
        }
    }

    private String refused(Viewer viewer, String id, RuntimeException e, Model model, HttpServletResponse response) {
        String message = e instanceof InvalidDocumentException invalid
                ? invalid.errors().stream()
                        .map(f -> f.field().equals("comment")
                                ? "Comment: " + f.message()
                                : f.field() + ": " + f.message())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(e.getMessage())
                : e.getMessage();
        return PageReply.refused(
                response, PageReply.statusOf(e), model, message, () -> page(viewer, find(viewer, id), model));
    }

    private Document find(Viewer viewer, String id) {
        DocumentId documentId;
        try {
            documentId = DocumentId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException("document " + id + " not found");
        }
        return platform.documents()
                .find(viewer.actor(), documentId)
                .orElseThrow(() -> new NoSuchElementException("document " + id + " not found"));
    }

    private String page(Viewer viewer, Document document, Model model) {
        model.addAttribute("document", DocumentRow.of(document, money));
        List<LineRow> lines = new ArrayList<>();
        String debits = "";
        String credits = "";
        if (document.body() instanceof JournalVoucher voucher) {
            for (JournalLine line : voucher.lines()) {
                String amount = money.display(line.amount(), voucher.asset());
                lines.add(new LineRow(
                        line.account(),
                        line.side() == Side.DEBIT ? amount : "",
                        line.side() == Side.CREDIT ? amount : ""));
            }
            debits = money.display(voucher.debits(), voucher.asset());
            credits = money.display(voucher.credits(), voucher.asset());
        }
        model.addAttribute("lines", lines);
        model.addAttribute(
                "details",
                new Details(
                        document.version(),
                        document.comment(),
                        IsoTime.of(document.createdAt()),
                        IsoTime.of(document.updatedAt()),
                        debits,
                        credits));
        var types = new HashSet<>(platform.documents().types());
        model.addAttribute(
                "trail",
                platform.audit().list(viewer.actor(), document.id().toString(), 0, TRAIL_SIZE).items().stream()
                        .map(entry -> AuditRow.of(entry, types))
                        .toList());
        model.addAttribute("mayEdit", viewer.mayEdit(document));
        model.addAttribute("mayDecide", viewer.mayDecide(document));
        model.addAttribute("mayReverse", viewer.mayReverse(document));
        return "platform/document";
    }
}
