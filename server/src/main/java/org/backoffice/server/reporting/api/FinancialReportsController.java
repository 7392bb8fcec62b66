package org.backoffice.server.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.reporting.BalanceSheet;
import org.backoffice.reporting.FinancialReports;
import org.backoffice.reporting.IncomeStatement;
import org.backoffice.reporting.Period;
import org.backoffice.reporting.StatementLine;
import org.backoffice.reporting.TurnoverLine;
import org.backoffice.reporting.TurnoverReport;
import org.backoffice.reporting.TurnoverTotals;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Params;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reports", description = "Reports over the ledger, within the caller's branches")
@RestController
@RequestMapping("/api/reports")
class FinancialReportsController {
    private final Platform platform;
    private final FinancialReports reports;

    FinancialReportsController(Platform platform, FinancialReports reports) {
        this.platform = platform;
        this.reports = reports;
    }

    @Schema(name = "TurnoverLine")
    record TurnoverLineJson(
            String account,
            String name,
            String branch,
            String asset,
            String openingDebit,
            String openingCredit,
            String debitTurnover,
            String creditTurnover,
            String closingDebit,
            String closingCredit) {}

    @Schema(name = "TurnoverTotals")
    record TurnoverTotalsJson(
            String asset,
            String openingDebit,
            String openingCredit,
            String debitTurnover,
            String creditTurnover,
            String closingDebit,
            String closingCredit,
            boolean balanced) {}

    @Schema(name = "TurnoverTrialBalance")
    record TurnoverJson(
            LocalDate from,
            LocalDate to,

            @Schema(description = "The one branch asked for; null for all the caller's branches")
            String branch,

            List<TurnoverLineJson> lines,
            List<TurnoverTotalsJson> totals) {}

    @Schema(name = "StatementLine")
    record LineJson(String chartCode, String name, String amount) {}

    @Schema(name = "BalanceSheetCurrency")
    record BalanceSheetCurrencyJson(
            String currency,
            List<LineJson> assets,
            List<LineJson> liabilities,
            List<LineJson> equity,

            @Schema(description = "Income less expense not yet closed to equity")
            String result,

            String totalAssets,
            String totalLiabilitiesAndEquity,
            boolean balanced) {}

    @Schema(name = "BalanceSheet")
    record BalanceSheetJson(LocalDate asOf, String branch, List<BalanceSheetCurrencyJson> currencies) {}

    @Schema(name = "IncomeStatementCurrency")
    record IncomeCurrencyJson(
            String currency,
            List<LineJson> income,
            List<LineJson> expenses,
            String totalIncome,
            String totalExpenses,
            String result) {}

    @Schema(name = "IncomeStatement")
    record IncomeStatementJson(LocalDate from, LocalDate to, String branch, List<IncomeCurrencyJson> currencies) {}

    /** What a report over a period asks for: its first and last value dates, and one branch or (null) all. */
    @ParameterObject
    record PeriodQuery(
            @Parameter(description = "First value date, YYYY-MM-DD")
            String from,

            @Parameter(description = "Last value date, YYYY-MM-DD")
            String to,

            String branch) {
        Period period() {
            LocalDate start = Params.date("from", from);
            LocalDate end = Params.date("to", to);
            if (start == null) {
                throw new IllegalArgumentException("from: must be given, as YYYY-MM-DD");
            }
            if (end == null) {
                throw new IllegalArgumentException("to: must be given, as YYYY-MM-DD");
            }
            return Period.of(start, end);
        }
    }

    @Operation(
            summary = "The turnover trial balance: per account the opening balance, debit and credit turnover and"
                    + " closing balance over a period of value dates",
            description = "Over the caller's branches, or one of them; totals per asset. Over all branches the debit"
                    + " and credit columns are equal.")
    @GetMapping("/turnover")
    TurnoverJson turnover(PeriodQuery query, Authentication authentication) {
        Period period = query.period();
        TurnoverReport report = reports.turnover(CurrentActor.of(authentication), period, query.branch());
        return new TurnoverJson(
                period.from(),
                period.to(),
                report.branch(),
                report.lines().stream().map(this::line).toList(),
                report.totals().stream().map(this::totals).toList());
    }

    @Operation(
            summary = "The balance sheet at the end of a value date, per currency",
            description = "Assets, liabilities and equity by chart line, and the result (income less expense) not yet"
                    + " closed; assets equal liabilities, equity and result.")
    @GetMapping("/balance-sheet")
    BalanceSheetJson balanceSheet(
            @Parameter(description = "YYYY-MM-DD; omitted for today") @RequestParam(name = "asOf", required = false)
                    String asOf,
            @RequestParam(name = "branch", required = false) String branch,
            Authentication authentication) {
        LocalDate date = Params.date("asOf", asOf);
        BalanceSheet sheet = reports.balanceSheet(
                CurrentActor.of(authentication), date == null ? LocalDate.now(platform.clock()) : date, branch);
        return new BalanceSheetJson(
                sheet.asOf(),
                sheet.branch(),
                sheet.currencies().stream()
                        .map(c -> new BalanceSheetCurrencyJson(
                                c.currency(),
                                lines(c.assets(), c.currency()),
                                lines(c.liabilities(), c.currency()),
                                lines(c.equity(), c.currency()),
                                amount(c.result(), c.currency()),
                                amount(c.totalAssets(), c.currency()),
                                amount(c.totalLiabilitiesAndEquity(), c.currency()),
                                c.balanced()))
                        .toList());
    }

    @Operation(summary = "The income statement over a period of value dates, per currency")
    @GetMapping("/income-statement")
    IncomeStatementJson incomeStatement(PeriodQuery query, Authentication authentication) {
        Period period = query.period();
        IncomeStatement statement = reports.incomeStatement(CurrentActor.of(authentication), period, query.branch());
        return new IncomeStatementJson(
                period.from(),
                period.to(),
                statement.branch(),
                statement.currencies().stream()
                        .map(c -> new IncomeCurrencyJson(
                                c.currency(),
                                lines(c.income(), c.currency()),
                                lines(c.expenses(), c.currency()),
                                amount(c.totalIncome(), c.currency()),
                                amount(c.totalExpenses(), c.currency()),
                                amount(c.result(), c.currency())))
                        .toList());
    }

    private TurnoverLineJson line(TurnoverLine l) {
        String asset = l.account().asset();
        return new TurnoverLineJson(
                l.account().number(),
                l.account().name(),
                l.account().branch(),
                asset,
                amount(l.openingDebit(), asset),
                amount(l.openingCredit(), asset),
                amount(l.debitTurnover(), asset),
                amount(l.creditTurnover(), asset),
                amount(l.closingDebit(), asset),
                amount(l.closingCredit(), asset));
    }

    private TurnoverTotalsJson totals(TurnoverTotals t) {
        String asset = t.asset();
        return new TurnoverTotalsJson(
                asset,
                amount(t.openingDebit(), asset),
                amount(t.openingCredit(), asset),
                amount(t.debitTurnover(), asset),
                amount(t.creditTurnover(), asset),
                amount(t.closingDebit(), asset),
                amount(t.closingCredit(), asset),
                t.balanced());
    }

    private List<LineJson> lines(List<StatementLine> lines, String currency) {
        return lines.stream()
                .map(l -> new LineJson(l.chartCode(), l.name(), amount(l.amount(), currency)))
                .toList();
    }

    private String amount(long units, String asset) {
        return Amount.plain(units, reports.scale(asset));
    }
}
