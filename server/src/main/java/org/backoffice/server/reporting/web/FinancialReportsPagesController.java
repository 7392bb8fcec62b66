package org.backoffice.server.reporting.web;

import java.time.LocalDate;
import org.backoffice.platform.Platform;
import org.backoffice.reporting.BalanceSheet;
import org.backoffice.reporting.FinancialReports;
import org.backoffice.reporting.IncomeStatement;
import org.backoffice.reporting.Period;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.reporting.TurnoverReport;
import org.backoffice.server.web.Choices;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.ReportView;
import org.backoffice.server.web.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The financial statements as pages, each with its file downloads: the turnover trial balance and
 * the income statement over a period, the balance sheet as of a day; over the user's branches or one.
 */
@PageController
final class FinancialReportsPagesController {
    private final Platform platform;
    private final FinancialReports reports;

    FinancialReportsPagesController(Platform platform, FinancialReports reports) {
        this.platform = platform;
        this.reports = reports;
    }

    /** The query of a report: which dates and branch, and the download links that repeat it. */
    public record Query(String report, LocalDate asOf, LocalDate from, LocalDate to, String branch) {
        public String download(String format) {
            StringBuilder link = new StringBuilder("/reports/" + report + "/export?format=" + format);
            if (asOf != null) {
                link.append("&asOf=").append(asOf);
            }
            if (from != null) {
                link.append("&from=").append(from).append("&to=").append(to);
            }
            if (!branch.isEmpty()) {
                link.append("&branch=").append(branch);
            }
            return link.toString();
        }
    }

    @GetMapping("/reports/{report:turnover|balance-sheet|income-statement}")
    String page(
            Viewer viewer,
            @PathVariable("report") String report,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "branch", defaultValue = "") String branch,
            Model model) {
        Query query = query(report, asOf, from, to, branch);
        Result result = run(viewer, query);
        model.addAttribute("section", report);
        model.addAttribute("query", query);
        model.addAttribute("view", ReportView.of(result.table()));
        model.addAttribute("balanced", result.balanced());
        model.addAttribute("branches", Choices.branches(platform, viewer));
        return "reporting/financial-report";
    }

    @GetMapping("/reports/{report:turnover|balance-sheet|income-statement}/export")
    ResponseEntity<byte[]> export(
            Viewer viewer,
            @PathVariable("report") String report,
            @RequestParam(name = "format") String format,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "branch", defaultValue = "") String branch) {
        ReportFormat type = ReportFormat.parse("format", format);
        Query query = query(report, asOf, from, to, branch);
        return Downloads.of(
                run(viewer, query).table(),
                type,
                report + "-" + (query.asOf() != null ? query.asOf() : query.from() + "-" + query.to())
                        + (query.branch().isEmpty() ? "" : "-" + query.branch()));
    }

    private Query query(String report, LocalDate asOf, LocalDate from, LocalDate to, String branch) {
        LocalDate today = LocalDate.now(platform.clock());
        if (report.equals("balance-sheet")) {
            return new Query(report, asOf == null ? today : asOf, null, null, branch);
        }
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        Period.of(start, end); // refuses a period that ends before it begins, naming "from"
        return new Query(report, null, start, end, branch);
    }

    private record Result(ReportTable table, boolean balanced) {}

    private Result run(Viewer viewer, Query query) {
        String branch = query.branch().isEmpty() ? null : query.branch();
        return switch (query.report()) {
            case "turnover" -> {
                TurnoverReport report = reports.turnover(viewer.actor(), Period.of(query.from(), query.to()), branch);
                yield new Result(reports.table(report), report.balanced());
            }
            case "balance-sheet" -> {
                BalanceSheet sheet = reports.balanceSheet(viewer.actor(), query.asOf(), branch);
                yield new Result(
                        reports.table(sheet), sheet.currencies().stream().allMatch(BalanceSheet.Currency::balanced));
            }
            default -> {
                IncomeStatement statement =
                        reports.incomeStatement(viewer.actor(), Period.of(query.from(), query.to()), branch);
                yield new Result(reports.table(statement), true);
            }
        };
    }
}
