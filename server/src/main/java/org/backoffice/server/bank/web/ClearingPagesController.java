package org.backoffice.server.bank.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.backoffice.banking.Banking;
import org.backoffice.banking.clearing.ClearingCycle;
import org.backoffice.banking.clearing.ClearingException;
import org.backoffice.banking.clearing.ClearingFormat;
import org.backoffice.banking.clearing.ClearingRunKind;
import org.backoffice.banking.clearing.ExceptionResolutionKind;
import org.backoffice.banking.clearing.ImportProgress;
import org.backoffice.banking.clearing.ImportResult;
import org.backoffice.banking.clearing.IncomingClearing;
import org.backoffice.platform.attachment.Attachment;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Action;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.PageReply;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Clearing at head office: the open cycle with its payments and the net positions it would settle,
 * the close, past cycles with their files; the upload of incoming files with what became of each
 * row; the exceptions queue with its return and re-route forms.
 */
@PageController
final class ClearingPagesController {
    private final Banking banking;
    private final Money money;

    ClearingPagesController(Banking banking, Money money) {
        this.banking = banking;
        this.money = money;
    }

    /** Who sees the clearing menu: users of head office. */
    @Component("clearingMenu")
    static final class Menu {
        private final Banking banking;

        Menu(Banking banking) {
            this.banking = banking;
        }

        public boolean visible(Viewer viewer) {
            return viewer.actor().canSee(banking.house().headOffice());
        }
    }

    public record PositionRow(String bic, String currency, String sent, String received, String net, boolean own) {}

    public record ItemRow(
            String direction, String kind, String status, String endToEndId, String bic, String iban, String amount) {}

    public record ExceptionRow(ClearingException e, String amount) {}

    public record PastCycle(ClearingCycle cycle, String runId, List<Attachment> files) {}

    @GetMapping("/clearing")
    String cycles(Viewer viewer, Model model) {
        var cycles = banking.clearing().cycles();
        Optional<ClearingCycle> open = cycles.current(viewer.actor());
        Optional<ClearingCycle> closing = cycles.closing(viewer.actor());
        model.addAttribute("open", open.orElse(null));
        model.addAttribute("closing", closing.orElse(null));
        Optional<ClearingCycle> shown = closing.isPresent() ? closing : open;
        model.addAttribute("shown", shown.orElse(null));
        model.addAttribute(
                "positions",
                shown.map(c -> cycles.positions(viewer.actor(), c.id()).stream()
                                .map(p -> new PositionRow(
                                        p.participantBic(),
                                        p.currency(),
                                        money.display(p.sent(), p.currency()),
                                        money.display(p.received(), p.currency()),
                                        money.display(p.net(), p.currency()),
                                        p.participantBic()
                                                .equals(banking.settings().bic().substring(0, 8))))
                                .toList())
                        .orElse(List.of()));
        model.addAttribute(
                "items",
                shown.map(c -> cycles.items(viewer.actor(), c.id(), 200).stream()
                                .map(i -> new ItemRow(
                                        i.direction(),
                                        i.kind(),
                                        i.status(),
                                        i.endToEndId(),
                                        i.counterpartyBic(),
                                        i.accountIban(),
                                        money.display(i.amount(), i.currency()) + " " + i.currency()))
                                .toList())
                        .orElse(List.of()));
        model.addAttribute(
                "past",
                cycles.list(viewer.actor(), 0, 20).stream()
                        .filter(c -> c.runId() != null)
                        .map(c -> new PastCycle(
                                c,
                                Long.toString(c.runId()),
                                cycles.files(viewer.actor(), DocumentId.parse(Long.toString(c.runId())))))
                        .toList());
        model.addAttribute("mayClose", viewer.may(ClearingRunKind.TYPE, Action.CREATE));
        model.addAttribute("section", "clearing");
        return "bank/clearing";
    }

    @PostMapping("/clearing/close")
    String close(Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Document run =
                    banking.clearing().cycles().close(viewer.actor(), null).document();
            return PageReply.done(
                    redirect, "Cycle cut: " + run.number() + " waits for a controller's approval.", "/clearing");
        } catch (InvalidDocumentException e) {
            return PageReply.refused(
                    response, HttpStatus.UNPROCESSABLE_CONTENT, model, e.getMessage(), () -> cycles(viewer, model));
        }
    }

    @GetMapping("/clearing/runs/{id}/files/{sha256}")
    ResponseEntity<byte[]> file(Viewer viewer, @PathVariable("id") String id, @PathVariable("sha256") String sha256) {
        DocumentId run = DocumentId.parse(id);
        Attachment attachment = banking.clearing().cycles().files(viewer.actor(), run).stream()
                .filter(a -> a.sha256().equals(sha256))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("file " + sha256 + " not found"));
        byte[] content = banking.platform()
                .attachments()
                .content(viewer.actor(), run, sha256)
                .orElseThrow(() -> new NoSuchElementException("file " + sha256 + " not found"));
        return Downloads.attachment(attachment).body(content);
    }

    @GetMapping("/clearing/incoming")
    String incoming(Viewer viewer, Model model) {
        model.addAttribute("files", banking.clearing().incoming().files(viewer.actor(), 0, 20));
        model.addAttribute("section", "clearing");
        if (!model.containsAttribute("result")) {
            model.addAttribute("result", null);
        }
        return "bank/clearing-incoming";
    }

    @GetMapping("/clearing/incoming/{id}")
    String incomingFile(
            Viewer viewer,
            @PathVariable("id") long id,
            @RequestParam(name = "from", defaultValue = "0") int from,
            Model model) {
        IncomingClearing incoming = banking.clearing().incoming();
        model.addAttribute(
                "result",
                new ImportResult(
                        incoming.file(viewer.actor(), id),
                        false,
                        incoming.rows(viewer.actor(), id, Math.max(from, 0), IncomingClearing.ROWS_SHOWN)));
        return incoming(viewer, model);
    }

    @PostMapping("/clearing/incoming")
    String upload(
            Viewer viewer,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "format", defaultValue = "") String format,
            Model model,
            HttpServletResponse response) {
        try {
            byte[] content = file.getBytes();
            ClearingFormat chosen = format.isBlank() ? null : ClearingFormat.parse(format);
            ImportResult result = banking.clearing()
                    .incoming()
                    .importFile(
                            viewer.actor(),
                            file.getOriginalFilename() == null
                                            || file.getOriginalFilename().isBlank()
                                    ? "upload"
                                    : file.getOriginalFilename(),
                            content,
                            chosen,
                            ImportProgress.NONE);
            model.addAttribute("result", result);
            model.addAttribute(
                    "notice",
                    "Imported " + result.file().fileName() + ": "
                            + result.file().credited() + " credited, "
                            + result.file().suspended() + " held in suspense, "
                            + result.file().unreadable()
                            + " unreadable.");
            return incoming(viewer, model);
        } catch (IllegalArgumentException e) {
            HttpStatus status =
                    e instanceof InvalidDocumentException ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
            return PageReply.refused(response, status, model, e.getMessage(), () -> incoming(viewer, model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    @GetMapping("/clearing/exceptions")
    String exceptions(Viewer viewer, @RequestParam(name = "status", defaultValue = "OPEN") String status, Model model) {
        model.addAttribute(
                "exceptions",
                banking
                        .clearing()
                        .exceptions()
                        .list(viewer.actor(), status.equals("ALL") ? null : status, 0, 200)
                        .stream()
                        .map(e -> new ExceptionRow(e, money.display(e.amount(), e.currency()) + " " + e.currency()))
                        .toList());
        model.addAttribute("status", status);
        model.addAttribute("mayPropose", viewer.may(ExceptionResolutionKind.TYPE, Action.CREATE));
        model.addAttribute("section", "clearing");
        return "bank/clearing-exceptions";
    }

    @PostMapping("/clearing/exceptions/{id}/return")
    String proposeReturn(
            Viewer viewer,
            @PathVariable("id") long id,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return propose(
                viewer,
                id,
                "Return",
                () -> banking.clearing().exceptions().proposeReturn(viewer.actor(), id, reason, null),
                model,
                redirect,
                response);
    }

    @PostMapping("/clearing/exceptions/{id}/reroute")
    String proposeReroute(
            Viewer viewer,
            @PathVariable("id") long id,
            @RequestParam(name = "targetIban", defaultValue = "") String targetIban,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return propose(
                viewer,
                id,
                "Re-route",
                () -> banking.clearing().exceptions().proposeReroute(viewer.actor(), id, targetIban, reason, null),
                model,
                redirect,
                response);
    }

    /** A resolution proposed for a held payment: it waits for approval, or the queue says why it was refused. */
    private String propose(
            Viewer viewer,
            long id,
            String what,
            Supplier<DocumentResult> proposal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Document document = proposal.get().document();
            return PageReply.done(
                    redirect,
                    what + " proposed: " + document.number() + " waits for approval.",
                    "/clearing/exceptions");
        } catch (InvalidDocumentException e) {
            return PageReply.refused(
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    model,
                    "Exception " + id + ": " + e.getMessage(),
                    () -> exceptions(viewer, "OPEN", model));
        }
    }
}
