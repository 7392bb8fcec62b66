package org.backoffice.server.bank.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backoffice.banking.Banking;
import org.backoffice.banking.reconciliation.BreakItem;
import org.backoffice.banking.reconciliation.BreakKind;
import org.backoffice.banking.reconciliation.ImportResult;
import org.backoffice.banking.reconciliation.NostroAccount;
import org.backoffice.banking.reconciliation.NostroBreaks;
import org.backoffice.banking.reconciliation.PostingRef;
import org.backoffice.banking.reconciliation.Reconciliation;
import org.backoffice.banking.reconciliation.ReconciliationReport;
import org.backoffice.banking.reconciliation.RegisterNostro;
import org.backoffice.banking.reconciliation.Resolve;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.statement.StatementFormat;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.server.bank.ReconciliationTable;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.PageReply;
import org.backoffice.server.web.ReportView;
import org.backoffice.server.web.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Statement reconciliation as pages: the nostro accounts with the statement upload, one nostro's
 * statements and matches, the breaks queue with its resolve forms, and the daily report with its
 * downloads. The service checks every role and branch again.
 */
@PageController
final class ReconciliationPagesController {
    private final Reconciliation reconciliation;
    private final Money money;

    ReconciliationPagesController(Banking banking, Money money) {
        this.money = money;
        this.reconciliation = banking.reconciliation();
    }

    /** A break as its row shows it: what it is about, its amount, what it adds to the difference, its document. */
    public record BreakRow(Break item, String what, String amount, String effect, String document) {}

    @GetMapping("/reconciliation")
    String nostros(Viewer viewer, Model model) {
        model.addAttribute("section", "reconciliation");
        model.addAttribute("nostros", reconciliation.nostros(viewer.actor()));
        model.addAttribute(
                "registrar",
                viewer.actor().has(Role.ADMINISTRATOR) || viewer.actor().has(Role.ACCOUNTANT));
        model.addAttribute("formats", StatementFormat.CASH);
        return "bank/reconciliation";
    }

    @PostMapping("/reconciliation/nostros")
    String register(
            Viewer viewer,
            @RequestParam(name = "bookNumber", defaultValue = "") String bookNumber,
            @RequestParam(name = "correspondentBic", defaultValue = "") String bic,
            @RequestParam(name = "accountIdentification", defaultValue = "") String accountId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            NostroAccount nostro =
                    reconciliation.register(viewer.actor(), new RegisterNostro(bookNumber, bic, accountId));
            redirect.addFlashAttribute("notice", "Nostro account " + nostro.bookNumber() + " registered.");
            return "redirect:/reconciliation";
        } catch (InvalidDocumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "registerProblems",
                    e.errors().stream().map(FieldError::text).toList());
            model.addAttribute("registerForm", new RegisterNostro(bookNumber, bic, accountId));
            return nostros(viewer, model);
        }
    }

    @PostMapping("/reconciliation/statements")
    String upload(
            Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "content", defaultValue = "") String pasted,
            @RequestParam(name = "format", defaultValue = "") String format,
            Model model,
            HttpServletResponse response)
            throws IOException {
        String content = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : pasted;
        try {
            ImportResult result = reconciliation.importFile(
                    viewer.actor(), content, StatementFormat.parse("format", format, StatementFormat.CASH));
            model.addAttribute("result", result);
            if (!result.refused().isEmpty()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("uploadProblem", e.getMessage());
        }
        return nostros(viewer, model);
    }

    @GetMapping("/reconciliation/nostros/{book}")
    String nostro(Viewer viewer, @PathVariable("book") String book, Model model) {
        NostroAccount nostro = reconciliation.nostro(viewer.actor(), book);
        model.addAttribute("section", "reconciliation");
        model.addAttribute("nostro", nostro);
        model.addAttribute("statements", reconciliation.statements(viewer.actor(), book));
        model.addAttribute("matches", reconciliation.matches(viewer.actor(), book));
        model.addAttribute("entries", reconciliation.entries(viewer.actor(), book));
        return "bank/reconciliation-nostro";
    }

    @PostMapping("/reconciliation/nostros/{book}/match")
    String match(Viewer viewer, @PathVariable("book") String book, RedirectAttributes redirect) {
        var run = reconciliation.match(viewer.actor(), book);
        redirect.addFlashAttribute(
                "notice",
                "Matching: " + run.matched() + " matched, " + run.breaksOpened() + " breaks opened, "
                        + run.breaksClosed() + " closed.");
        return "redirect:/reconciliation/nostros/" + book;
    }

    @GetMapping("/reconciliation/breaks")
    String breaks(
            Viewer viewer,
            @RequestParam(name = "nostro", defaultValue = "") String nostro,
            @RequestParam(name = "status", defaultValue = "OPEN") String status,
            @RequestParam(name = "owner", defaultValue = "") String owner,
            @RequestParam(name = "minAge", required = false) Integer minAge,
            Model model) {
        BreakStatus wanted = status.isBlank() ? null : BreakStatus.valueOf(status.toUpperCase(Locale.ROOT));
        List<Break> breaks = reconciliation.breaks(
                viewer.actor(), new BreakQuery(nostro.isBlank() ? null : nostro, null, wanted, owner, minAge));
        List<BreakRow> rows = new ArrayList<>();
        for (Break b : breaks) {
            BreakItem item = BreakItem.of(b);
            String what = item.entryId() != null ? "entry " + item.entryId() : "posting " + item.posting();
            rows.add(new BreakRow(
                    b,
                    what,
                    money.display(b.amount(), b.asset()),
                    money.display(NostroBreaks.effect(b), b.asset()),
                    NostroBreaks.correctingDocument(b)));
        }
        model.addAttribute("section", "reconciliation");
        model.addAttribute("rows", rows);
        model.addAttribute("nostros", reconciliation.nostros(viewer.actor()));
        model.addAttribute("filter", new BreakQuery(nostro, null, wanted, owner, minAge));
        model.addAttribute(
                "resolver",
                viewer.actor().has(Role.OPERATOR)
                        || viewer.actor().has(Role.CONTROLLER)
                        || viewer.actor().has(Role.ACCOUNTANT));
        return "bank/reconciliation-breaks";
    }

    @PostMapping("/reconciliation/breaks/{id}/resolve")
    String resolve(
            Viewer viewer,
            @PathVariable("id") long id,
            @RequestParam(name = "resolution", defaultValue = "") String resolution,
            @RequestParam(name = "counterpart", defaultValue = "") String counterpart,
            @RequestParam(name = "documentNumber", defaultValue = "") String documentNumber,
            @RequestParam(name = "note", defaultValue = "") String note,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Model model) {
        try {
            Break current = reconciliation.breakOf(viewer.actor(), id);
            Resolve resolve = switch (resolution) {
                case "MATCHED" ->
                    counterpart.isBlank()
                            ? throwMissing()
                            : current.kind().equals(BreakKind.ENTRY.name())
                                    ? new Resolve.ManualMatch(PostingRef.parse("counterpart", counterpart), null, note)
                                    : new Resolve.ManualMatch(null, entryId(counterpart), note);
                case "CORRECTED" -> new Resolve.Corrected(documentNumber, note);
                case "WRITTEN_OFF" -> new Resolve.WrittenOff(note);
                default ->
                    throw new IllegalArgumentException(
                            "resolution: must be MATCHED, CORRECTED or WRITTEN_OFF, was '" + resolution + "'");
            };
            reconciliation.resolve(viewer.actor(), id, resolve);
            return PageReply.done(redirect, "Break " + id + " resolved.", "/reconciliation/breaks");
        } catch (IllegalArgumentException | IllegalStateException e) {
            return refusedBreak(id, e, PageReply.statusOf(e), viewer, model, response);
        }
    }

    @PostMapping("/reconciliation/breaks/{id}/assign")
    String assign(
            Viewer viewer,
            @PathVariable("id") long id,
            @RequestParam(name = "owner", defaultValue = "") String owner,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Model model) {
        try {
            reconciliation.assign(viewer.actor(), id, owner);
            return PageReply.done(
                    redirect, "Break " + id + " assigned to " + owner.strip() + ".", "/reconciliation/breaks");
        } catch (IllegalArgumentException | IllegalStateException e) {
            return refusedBreak(id, e, HttpStatus.BAD_REQUEST, viewer, model, response);
        }
    }

    /** The breaks queue again, open breaks only, with what was refused about this one. */
    private String refusedBreak(
            long id, RuntimeException e, HttpStatus status, Viewer viewer, Model model, HttpServletResponse response) {
        return PageReply.refused(
                response,
                status,
                model,
                "Break " + id + ": " + e.getMessage(),
                () -> breaks(viewer, "", "OPEN", "", null, model));
    }

    @GetMapping("/reconciliation/nostros/{book}/report")
    String report(
            Viewer viewer,
            @PathVariable("book") String book,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            Model model) {
        NostroAccount nostro = reconciliation.nostro(viewer.actor(), book);
        LocalDate day = date != null ? date : lastClosing(viewer, book);
        ReconciliationReport report = reconciliation.report(viewer.actor(), nostro.bookNumber(), day);
        ReportTable table = ReconciliationTable.of(report);
        model.addAttribute("section", "reconciliation");
        model.addAttribute("report", report);
        model.addAttribute("table", table);
        model.addAttribute("rows", ReportView.cells(table.rows()));
        model.addAttribute("totals", ReportView.cells(table.totals()));
        return "bank/reconciliation-report";
    }

    @GetMapping("/reconciliation/nostros/{book}/report/export")
    ResponseEntity<byte[]> export(
            Viewer viewer,
            @PathVariable("book") String book,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        ReportFormat type = ReportFormat.parse("format", format);
        LocalDate day = date != null ? date : lastClosing(viewer, book);
        ReconciliationReport report = reconciliation.report(viewer.actor(), book, day);
        return Downloads.of(ReconciliationTable.of(report), type, "reconciliation-" + book + "-" + day);
    }

    private LocalDate lastClosing(Viewer viewer, String book) {
        return reconciliation.statements(viewer.actor(), book).stream()
                .map(s -> s.closingDate())
                .max(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("date: " + book + " has no statement yet"));
    }

    private static Resolve throwMissing() {
        throw new IllegalArgumentException("counterpart: must be given: our posting as TRANSACTION/INDEX for a"
                + " statement entry's break, the entry's id for a posting's break");
    }

    private static long entryId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("counterpart: must be the statement entry's id, was '" + text + "'");
        }
    }
}
