package org.backoffice.server.bank.web;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.backoffice.banking.Banking;
import org.backoffice.banking.eod.EodReport;
import org.backoffice.banking.eod.EodRun;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Role;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** End of day: the run history, a run's steps and report with its downloads, and the button for controllers. */
@PageController
final class EodPagesController {
    private final Banking banking;

    EodPagesController(Banking banking) {
        this.banking = banking;
    }

    @GetMapping("/eod")
    String page(
            Viewer viewer,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            Model model) {
        List<EodRun> runs = banking.endOfDay().history(30);
        LocalDate shown =
                date != null ? date : runs.isEmpty() ? null : runs.get(0).date();
        EodReport report = shown == null
                ? null
                : banking.endOfDay().report(viewer.actor(), shown).orElse(null);
        model.addAttribute("section", "eod");
        model.addAttribute("runs", runs);
        model.addAttribute("report", report);
        model.addAttribute("table", report == null ? null : EodTables.of(report, this::scale));
        model.addAttribute("controller", viewer.actor().has(Role.CONTROLLER));
        model.addAttribute("today", banking.payments().valueDates().today());
        return "bank/eod";
    }

    @PostMapping("/eod/run")
    String run(
            Viewer viewer,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            RedirectAttributes redirect) {
        if (!viewer.actor().has(Role.CONTROLLER)) {
            throw new SecurityException(viewer.username() + " may not run end of day: a controller must");
        }
        try {
            EodRun run = banking.endOfDay().run(viewer.actor(), date);
            redirect.addFlashAttribute("notice", "End of day for " + run.date() + " is done; the day is closed.");
            return "redirect:/eod?date=" + run.date();
        } catch (InvalidDocumentException e) {
            redirect.addFlashAttribute(
                    "problem", e.errors().stream().map(FieldError::text).toList());
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute(
                    "problem", List.of("End of day stopped: " + e.getMessage() + ". Run it again to resume."));
        }
        return "redirect:/eod" + (date == null ? "" : "?date=" + date);
    }

    @GetMapping("/eod/{date}/export")
    ResponseEntity<byte[]> export(
            Viewer viewer,
            @PathVariable("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(name = "format") String format) {
        ReportFormat type = ReportFormat.parse("format", format);
        EodReport report = banking.endOfDay()
                .report(viewer.actor(), date)
                .orElseThrow(() -> new NoSuchElementException("no end of day for " + date));
        ReportTable table = EodTables.of(report, this::scale);
        return Downloads.of(table, type, "end-of-day-" + date);
    }

    private int scale(String currency) {
        return banking.platform().accounts().asset(currency).map(Asset::scale).orElse(2);
    }
}
