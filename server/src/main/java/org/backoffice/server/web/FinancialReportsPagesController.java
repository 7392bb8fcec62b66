package org.backoffice.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.reporting.BalanceSheet;
import org.backoffice.reporting.FinancialReports;
import org.backoffice.reporting.IncomeStatement;
import org.backoffice.reporting.Period;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.reporting.TurnoverReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    /** A cell as the page shows it; amounts right-aligned with thousands separators. */
    public record Cell(String text, boolean number) {}

    /** A report's table for the page. */
    public record View(
            String title,
            List<String> subtitle,
            List<ReportTable.Column> columns,
            List<List<Cell>> rows,
            List<List<Cell>> totals) {}

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
        model.addAttribute("view", view(result.table()));
        model.addAttribute("balanced", result.balanced());
        model.addAttribute("branches", Choices.branches(platform, viewer));
        return "financial-report";
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
            @RequestParam(name = "branch", defaultValue = "") String branch)
            throws IOException {
        ReportFormat type = ReportFormat.parse("format", format);
        Query query = query(report, asOf, from, to, branch);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        type.write(run(viewer, query).table(), out);
        String name = report + "-" + (query.asOf() != null ? query.asOf() : query.from() + "-" + query.to())
                + (query.branch().isEmpty() ? "" : "-" + query.branch()) + "." + type.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
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

    private static View view(ReportTable table) {
        return new View(
                table.title(),
                table.subtitle(),
                table.columns(),
                table.rows().stream()
                        .map(FinancialReportsPagesController::cells)
                        .toList(),
                table.totals().stream()
                        .map(FinancialReportsPagesController::cells)
                        .toList());
    }

    private static List<Cell> cells(List<Object> row) {
        List<Cell> cells = new ArrayList<>(row.size());
        for (Object value : row) {
            cells.add(
                    value instanceof Amount amount
                            ? new Cell(amount.display(), true)
                            : value instanceof BigDecimal amount
                                    ? new Cell(
                                            String.format(
                                                    Locale.ROOT, "%,." + Math.max(0, amount.scale()) + "f", amount),
                                            true)
                                    : new Cell(value == null ? "" : value.toString(), false));
        }
        return cells;
    }
}
