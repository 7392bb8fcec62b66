package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.platform.security.Role;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.securities.Securities;
import org.backoffice.securities.reconciliation.BreakKind;
import org.backoffice.securities.reconciliation.ReconciliationResult;
import org.backoffice.server.securities.StatementFiles;
import org.backoffice.server.web.Choices;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.PageReply;
import org.backoffice.server.web.Submission;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reconciliation with the depository and the settlement bank: a statement's upload (MT535, MT536, MT537, camt.053,
 * told apart by content), the firm's accounts registered to branches, the breaks with their age (filtered by kind,
 * status and owner), a break's assignment and resolution, and the open breaks' report as CSV, XLSX or PDF.
 */
@PageController
final class BreaksPagesController {
    private final Securities securities;

    BreaksPagesController(Securities securities) {
        this.securities = securities;
    }

    /** A break as the list shows it. */
    public record BreakRow(
            String id,
            String kind,
            String account,
            String subject,
            String detail,
            long ours,
            long theirs,
            long difference,
            String statementRef,
            String openedOn,
            long ageDays,
            String owner,
            String status,
            String resolution,
            String resolvedBy) {
        static BreakRow of(Break b) {
            return new BreakRow(
                    Long.toString(b.id()),
                    b.kind(),
                    b.account(),
                    b.subject(),
                    b.detail(),
                    b.ours(),
                    b.theirs(),
                    b.amount(),
                    b.statementRef(),
                    b.since().toString(),
                    b.age(),
                    b.owner() == null ? "" : b.owner(),
                    b.status().name(),
                    b.note() == null ? "" : b.note(),
                    b.resolvedBy() == null ? "" : b.resolvedBy());
        }
    }

    @GetMapping("/securities/breaks")
    String breaks(
            Viewer viewer,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "owner", required = false) String owner,
            Model model,
            HttpServletResponse response) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind == null ? "" : kind);
        values.put("status", status == null ? "OPEN" : status);
        values.put("owner", owner == null ? "" : owner);
        Form form = Form.of(values);
        List<FieldError> errors = new ArrayList<>();
        BreakKind k = Inputs.choice(form, "kind", BreakKind.class, errors);
        BreakStatus s = Inputs.choice(form, "status", BreakStatus.class, errors);
        List<BreakRow> rows = List.of();
        if (errors.isEmpty()) {
            rows = securities
                    .reconciliation()
                    .breaks(
                            viewer.actor(),
                            new BreakQuery(null, k == null ? null : k.name(), s, form.given("owner"), null))
                    .stream()
                    .map(BreakRow::of)
                    .toList();
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("form", form.withErrors(errors, Set.of("kind", "status", "owner")));
        model.addAttribute("kinds", withAny(Inputs.names(BreakKind.values())));
        model.addAttribute("statuses", withAny(Inputs.names(BreakStatus.values())));
        model.addAttribute("rows", rows);
        model.addAttribute("mayUpload", SecuritiesRoles.clerk(viewer));
        model.addAttribute("mayRegister", controller(viewer));
        model.addAttribute(
                "branches",
                Choices.branches(securities.platform(), viewer).stream()
                        .map(b -> b.code())
                        .toList());
        return "securities/breaks";
    }

    private static List<String> withAny(List<String> names) {
        List<String> options = new ArrayList<>();
        options.add("");
        options.addAll(names);
        return options;
    }

    @PostMapping("/securities/breaks/upload")
    String upload(
            Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        List<FieldError> errors = new ArrayList<>();
        List<ReconciliationResult> results = Inputs.attempt(errors, () -> {
            try {
                return StatementFiles.reconcile(
                        securities, viewer.actor(), StatementFiles.text(file == null ? null : file.getBytes()));
            } catch (IOException e) {
                throw new IllegalArgumentException("file: cannot be read");
            }
        });
        if (results == null) {
            FieldError error = errors.getFirst();
            redirect.addFlashAttribute(
                    "problem", (error.field() == null ? "" : error.field() + ": ") + error.message());
            return "redirect:/securities/breaks";
        }
        StringBuilder notice = new StringBuilder("Reconciled ");
        for (ReconciliationResult r : results) {
            notice.append(r.statementRef())
                    .append(": ")
                    .append(r.compared())
                    .append(" compared, ")
                    .append(r.opened().size())
                    .append(" new break(s), ")
                    .append(r.alreadyKnown())
                    .append(" already known. ");
        }
        redirect.addFlashAttribute("notice", notice.toString().strip());
        return "redirect:/securities/breaks";
    }

    @PostMapping("/securities/firm-accounts")
    String registerFirmAccount(
            Viewer viewer,
            @RequestParam(name = "account", required = false) String account,
            @RequestParam(name = "branch", required = false) String branch,
            RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        String code = account == null ? null : account.strip();
        Boolean done = Inputs.attempt(errors, () -> {
            securities.reconciliation().registerFirmAccount(viewer.actor(), code, branch);
            return Boolean.TRUE;
        });
        if (done == null) {
            redirect.addFlashAttribute(
                    "problem",
                    errors.getFirst().field() + ": " + errors.getFirst().message());
        } else {
            redirect.addFlashAttribute("notice", "Firm account " + code + " registered to " + branch + ".");
        }
        return "redirect:/securities/breaks";
    }

    @GetMapping("/securities/breaks/{id}")
    String detail(Viewer viewer, @PathVariable("id") long id, Model model) {
        Break found = find(viewer, id);
        model.addAttribute("b", BreakRow.of(found));
        model.addAttribute("open", found.open());
        model.addAttribute("mayAssign", controller(viewer) || viewer.actor().has(Role.ADMINISTRATOR));
        model.addAttribute("mayResolve", controller(viewer) || viewer.username().equals(found.owner()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Form.of(Map.of("owner", found.owner() == null ? "" : found.owner())));
        }
        return "securities/break";
    }

    /**
     * Assigns the break to an owner or resolves it, from the one input of its form on the break's page; a refusal shows
     * the page again with the message at that input.
     */
    @PostMapping("/securities/breaks/{id}/{decision:assign|resolve}")
    String decide(
            Viewer viewer,
            @PathVariable("id") long id,
            @PathVariable("decision") String decision,
            @RequestParam(name = "owner", required = false) String owner,
            @RequestParam(name = "resolution", required = false) String resolution,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        find(viewer, id);
        boolean assign = decision.equals("assign");
        Submission sent = assign
                ? Submission.of(Map.of("owner", owner == null ? "" : owner))
                : Submission.of(Map.of("resolution", resolution == null ? "" : resolution));
        Break decided = sent.save(() -> assign
                ? securities.reconciliation().assign(viewer.actor(), id, owner)
                : securities.reconciliation().resolve(viewer.actor(), id, resolution));
        if (decided != null) {
            return PageReply.done(
                    redirect,
                    assign ? "Break " + id + " assigned to " + decided.owner() + "." : "Break " + id + " resolved.",
                    "/securities/breaks/" + id);
        }
        model.addAttribute("form", sent.refused(response, Set.of("owner", "resolution")));
        return detail(viewer, id, model);
    }

    @GetMapping("/securities/breaks/report")
    ResponseEntity<byte[]> report(Viewer viewer, @RequestParam(name = "format") String format) {
        ReportFormat type = ReportFormat.parse("format", format);
        return Downloads.of(
                securities.reconciliation().report(viewer.actor(), type),
                type.contentType(),
                "reconciliation-breaks." + type.extension());
    }

    private Break find(Viewer viewer, long id) {
        return securities.reconciliation().breaks(viewer.actor(), BreakQuery.all()).stream()
                .filter(b -> b.id() == id)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no break " + id));
    }

    private static boolean controller(Viewer viewer) {
        return viewer.actor().has(Role.CONTROLLER);
    }
}
