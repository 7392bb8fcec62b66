package org.backoffice.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backoffice.banking.Banking;
import org.backoffice.banking.reconciliation.Break;
import org.backoffice.banking.reconciliation.BreakQuery;
import org.backoffice.banking.reconciliation.BreakStatus;
import org.backoffice.banking.reconciliation.ImportResult;
import org.backoffice.banking.reconciliation.NostroAccount;
import org.backoffice.banking.reconciliation.PostingRef;
import org.backoffice.banking.reconciliation.Reconciliation;
import org.backoffice.banking.reconciliation.ReconciliationReport;
import org.backoffice.banking.reconciliation.RegisterNostro;
import org.backoffice.banking.reconciliation.Resolve;
import org.backoffice.banking.reconciliation.StatementFormat;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Role;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.server.reconciliation.ReconciliationTable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    /** A break as its row shows it. */
    public record BreakRow(Break item, String amount, String effect) {}

    @GetMapping("/reconciliation")
    String nostros(Viewer viewer, Model model) {
        model.addAttribute("section", "reconciliation");
        model.addAttribute("nostros", reconciliation.nostros(viewer.actor()));
        model.addAttribute(
                "registrar",
                viewer.actor().has(Role.ADMINISTRATOR) || viewer.actor().has(Role.ACCOUNTANT));
        model.addAttribute("formats", StatementFormat.values());
        return "reconciliation";
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
                    e.errors().stream().map(f -> f.field() + ": " + f.message()).toList());
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
            ImportResult result =
                    reconciliation.importFile(viewer.actor(), content, StatementFormat.parse("format", format));
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
        return "reconciliation-nostro";
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
                viewer.actor(), new BreakQuery(nostro.isBlank() ? null : nostro, wanted, owner, minAge));
        List<BreakRow> rows = new ArrayList<>();
        for (Break b : breaks) {
            rows.add(new BreakRow(b, money.display(b.amount(), b.currency()), money.display(b.effect(), b.currency())));
        }
        model.addAttribute("section", "reconciliation");
        model.addAttribute("rows", rows);
        model.addAttribute("nostros", reconciliation.nostros(viewer.actor()));
        model.addAttribute("filter", new BreakQuery(nostro, wanted, owner, minAge));
        model.addAttribute(
                "resolver",
                viewer.actor().has(Role.OPERATOR)
                        || viewer.actor().has(Role.CONTROLLER)
                        || viewer.actor().has(Role.ACCOUNTANT));
        return "reconciliation-breaks";
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
                            : current.kind() == org.backoffice.banking.reconciliation.BreakKind.ENTRY
                                    ? new Resolve.ManualMatch(PostingRef.parse("counterpart", counterpart), null, note)
                                    : new Resolve.ManualMatch(null, entryId(counterpart), note);
                case "CORRECTED" -> new Resolve.Corrected(documentNumber, note);
                case "WRITTEN_OFF" -> new Resolve.WrittenOff(note);
                default ->
                    throw new IllegalArgumentException(
                            "resolution: must be MATCHED, CORRECTED or WRITTEN_OFF, was '" + resolution + "'");
            };
            reconciliation.resolve(viewer.actor(), id, resolve);
            redirect.addFlashAttribute("notice", "Break " + id + " resolved.");
            return "redirect:/reconciliation/breaks";
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(
                    e instanceof IllegalStateException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "Break " + id + ": " + e.getMessage());
            return breaks(viewer, "", "OPEN", "", null, model);
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
            redirect.addFlashAttribute("notice", "Break " + id + " assigned to " + owner.strip() + ".");
            return "redirect:/reconciliation/breaks";
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "Break " + id + ": " + e.getMessage());
            return breaks(viewer, "", "OPEN", "", null, model);
        }
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
        model.addAttribute("rows", cells(table.rows()));
        model.addAttribute("totals", cells(table.totals()));
        return "reconciliation-report";
    }

    @GetMapping("/reconciliation/nostros/{book}/report/export")
    ResponseEntity<byte[]> export(
            Viewer viewer,
            @PathVariable("book") String book,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date)
            throws IOException {
        ReportFormat type = ReportFormat.parse("format", format);
        LocalDate day = date != null ? date : lastClosing(viewer, book);
        ReconciliationReport report = reconciliation.report(viewer.actor(), book, day);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        type.write(ReconciliationTable.of(report), out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("reconciliation-" + book + "-" + day + "." + type.extension())
                                .build()
                                .toString())
                .body(out.toByteArray());
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

    private static List<List<FinancialReportsPagesController.Cell>> cells(List<List<Object>> rows) {
        List<List<FinancialReportsPagesController.Cell>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            List<FinancialReportsPagesController.Cell> cells = new ArrayList<>();
            for (Object value : row) {
                cells.add(
                        value instanceof Amount amount
                                ? new FinancialReportsPagesController.Cell(amount.display(), true)
                                : value instanceof BigDecimal amount
                                        ? new FinancialReportsPagesController.Cell(
                                                String.format(
                                                        Locale.ROOT, "%,." + Math.max(0, amount.scale()) + "f", amount),
                                                true)
                                        : new FinancialReportsPagesController.Cell(
                                                value == null ? "" : value.toString(), value instanceof Long));
            }
            out.add(cells);
        }
        return out;
    }
}
