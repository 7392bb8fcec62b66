package org.backoffice.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetKind;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.DailyMovement;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TrialBalance;
import org.backoffice.ledger.Turnover;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.ChartAccount;
import org.backoffice.platform.organisation.TrialBalanceLine;
import org.backoffice.platform.organisation.TrialBalanceTotals;
import org.backoffice.platform.security.Actor;

/**
 * Financial statements over the ledger, within the reader's branches (or one of them): the turnover
 * trial balance, the balance sheet and the income statement, an account's balance day by day, and
 * each statement as a {@link ReportTable} to export.
 */
public final class FinancialReports {
    /** The longest period of daily balances: a year and a day, for a leap year. */
    public static final int MAX_DAILY_BALANCES = 366;

    private static final int PAGE = 1000;
    private final Platform platform;

    public FinancialReports(Platform platform) {
        this.platform = platform;
    }

    /** Opening balance, debit and credit turnover and closing balance of every visible book account. */
    public TurnoverReport turnover(Actor actor, Period period, String branch) {
        String only = branch(actor, branch);
        Map<Long, Turnover.Line> moved = new HashMap<>();
        for (Turnover.Line line :
                platform.ledger().turnover(period.from(), period.to()).lines()) {
            moved.put(line.account().value(), line);
        }
        List<TurnoverLine> lines = new ArrayList<>();
        Map<String, TurnoverTotals> totals = new TreeMap<>();
        for (BookAccount account : accounts(actor, only)) {
            Turnover.Line line = moved.get(account.ledgerId().value());
            if (line == null) {
                continue;
            }
            TurnoverLine row = TurnoverLine.of(account, line.opening(), line.debits(), line.credits());
            lines.add(row);
            totals.computeIfAbsent(account.asset(), a -> new TurnoverTotals(a, 0, 0, 0, 0, 0, 0));
            totals.computeIfPresent(account.asset(), (a, t) -> t.plus(row));
        }
        lines.sort(Comparator.comparing((TurnoverLine l) -> l.account().asset())
                .thenComparing(l -> l.account().number()));
        return new TurnoverReport(period, only, lines, List.copyOf(totals.values()));
    }

    /** Assets, liabilities, equity and the result not yet closed, per currency, at the end of a value date. */
    public BalanceSheet balanceSheet(Actor actor, LocalDate asOf, String branch) {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf: must be given");
        }
        String only = branch(actor, branch);
        Map<Long, Long> net = new HashMap<>();
        for (TrialBalance.Line line : platform.ledger().trialBalanceAsOf(asOf).lines()) {
            net.put(line.account().value(), Math.subtractExact(line.debit(), line.credit()));
        }
        Map<String, Sections> byCurrency = new TreeMap<>();
        Map<String, ChartAccount> chart = chart();
        for (BookAccount account : accounts(actor, only)) {
            if (!isCurrency(account.asset())) {
                continue;
            }
            ChartAccount line = chart.get(account.chartCode());
            long amount = onNormalSide(
                    line.kind(), net.getOrDefault(account.ledgerId().value(), 0L));
            byCurrency.computeIfAbsent(account.asset(), c -> new Sections()).add(line, amount);
        }
        List<BalanceSheet.Currency> currencies = new ArrayList<>();
        byCurrency.forEach((currency, s) -> currencies.add(new BalanceSheet.Currency(
                currency,
                s.lines(ChartAccount.Kind.ASSET),
                s.lines(ChartAccount.Kind.LIABILITY),
                s.lines(ChartAccount.Kind.EQUITY),
                Math.subtractExact(
                        BalanceSheet.sum(s.lines(ChartAccount.Kind.INCOME)),
                        BalanceSheet.sum(s.lines(ChartAccount.Kind.EXPENSE))))));
        return new BalanceSheet(asOf, only, currencies);
    }

    /** Income and expense that moved within the period, per currency. */
    public IncomeStatement incomeStatement(Actor actor, Period period, String branch) {
        String only = branch(actor, branch);
        Map<Long, Turnover.Line> moved = new HashMap<>();
        for (Turnover.Line line :
                platform.ledger().turnover(period.from(), period.to()).lines()) {
            moved.put(line.account().value(), line);
        }
        Map<String, Sections> byCurrency = new TreeMap<>();
        Map<String, ChartAccount> chart = chart();
        for (BookAccount account : accounts(actor, only)) {
            ChartAccount line = chart.get(account.chartCode());
            if (!isCurrency(account.asset())
                    || (line.kind() != ChartAccount.Kind.INCOME && line.kind() != ChartAccount.Kind.EXPENSE)) {
                continue;
            }
            Turnover.Line t = moved.get(account.ledgerId().value());
            long amount = t == null ? 0 : onNormalSide(line.kind(), Math.subtractExact(t.debits(), t.credits()));
            byCurrency.computeIfAbsent(account.asset(), c -> new Sections()).add(line, amount);
        }
        List<IncomeStatement.Currency> currencies = new ArrayList<>();
        byCurrency.forEach((currency, s) -> currencies.add(new IncomeStatement.Currency(
                currency, s.lines(ChartAccount.Kind.INCOME), s.lines(ChartAccount.Kind.EXPENSE))));
        return new IncomeStatement(period, only, currencies);
    }

    /**
     * A visible account's posted balance at the end of each day of the period, positive on its
     * normal side: for a chart of the balance over time.
     *
     * @throws java.util.NoSuchElementException when the account does not exist or lies outside the actor's branches
     */
    public List<DailyBalance> dailyBalances(Actor actor, String number, Period period) {
        if (period.days() > MAX_DAILY_BALANCES) {
            throw new IllegalArgumentException(
                    "from: daily balances cover at most " + MAX_DAILY_BALANCES + " days, asked for " + period.days());
        }
        BookAccount account = platform.accounts().visible(actor, number);
        Balance opening = platform.ledger()
                .balanceAsOf(account.ledgerId(), period.from().minusDays(1))
                .orElseThrow(() -> new IllegalStateException("account " + number + " is missing from the ledger"));
        Map<LocalDate, DailyMovement> movements = new HashMap<>();
        for (DailyMovement m : platform.ledger().dailyMovements(account.ledgerId(), period.from(), period.to())) {
            movements.put(m.date(), m);
        }
        boolean debitNormal = opening.normalSide() == Side.DEBIT;
        long balance = opening.posted();
        List<DailyBalance> days = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            DailyMovement m = movements.get(day);
            if (m != null) {
                long change = Math.subtractExact(m.debits(), m.credits());
                balance = Math.addExact(balance, debitNormal ? change : Math.negateExact(change));
            }
            days.add(new DailyBalance(day, balance));
        }
        return days;
    }

    /** The number of decimal places of an asset; 0 for one the ledger does not know. */
    public int scale(String asset) {
        return platform.accounts().asset(asset).map(Asset::scale).orElse(0);
    }

    public ReportTable table(TurnoverReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (TurnoverLine l : report.lines()) {
            String asset = l.account().asset();
            rows.add(List.of(
                    l.account().number(),
                    l.account().name(),
                    l.account().branch(),
                    asset,
                    amount(l.openingDebit(), asset),
                    amount(l.openingCredit(), asset),
                    amount(l.debitTurnover(), asset),
                    amount(l.creditTurnover(), asset),
                    amount(l.closingDebit(), asset),
                    amount(l.closingCredit(), asset)));
        }
        List<List<Object>> totals = new ArrayList<>();
        for (TurnoverTotals t : report.totals()) {
            String asset = t.asset();
            totals.add(List.of(
                    "Total " + asset,
                    t.balanced() ? "balanced" : "not balanced",
                    "",
                    asset,
                    amount(t.openingDebit(), asset),
                    amount(t.openingCredit(), asset),
                    amount(t.debitTurnover(), asset),
                    amount(t.creditTurnover(), asset),
                    amount(t.closingDebit(), asset),
                    amount(t.closingCredit(), asset)));
        }
        return new ReportTable(
                "Turnover trial balance",
                List.of(
                        "Value dates " + report.period().from() + " to "
                                + report.period().to(),
                        branchLine(report.branch())),
                List.of(
                        ReportTable.Column.text("Account"),
                        ReportTable.Column.text("Name"),
                        ReportTable.Column.text("Branch"),
                        ReportTable.Column.text("Asset"),
                        ReportTable.Column.amount("Opening debit"),
                        ReportTable.Column.amount("Opening credit"),
                        ReportTable.Column.amount("Debit turnover"),
                        ReportTable.Column.amount("Credit turnover"),
                        ReportTable.Column.amount("Closing debit"),
                        ReportTable.Column.amount("Closing credit")),
                rows,
                totals);
    }

    public ReportTable table(BalanceSheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> totals = new ArrayList<>();
        for (BalanceSheet.Currency c : sheet.currencies()) {
            String currency = c.currency();
            section(rows, currency, "Assets", c.assets());
            section(rows, currency, "Liabilities", c.liabilities());
            section(rows, currency, "Equity", c.equity());
            rows.add(List.of(currency, "Equity", "", "Result not yet closed", amount(c.result(), currency)));
            totals.add(List.of(currency, "Total", "", "Assets", amount(c.totalAssets(), currency)));
            totals.add(List.of(
                    currency,
                    "Total",
                    "",
                    "Liabilities, equity and result",
                    amount(c.totalLiabilitiesAndEquity(), currency)));
        }
        return new ReportTable(
                "Balance sheet",
                List.of("As of the end of " + sheet.asOf(), branchLine(sheet.branch())),
                statementColumns(),
                rows,
                totals);
    }

    public ReportTable table(IncomeStatement statement) {
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> totals = new ArrayList<>();
        for (IncomeStatement.Currency c : statement.currencies()) {
            String currency = c.currency();
            section(rows, currency, "Income", c.income());
            section(rows, currency, "Expenses", c.expenses());
            totals.add(List.of(currency, "Total", "", "Income", amount(c.totalIncome(), currency)));
            totals.add(List.of(currency, "Total", "", "Expenses", amount(c.totalExpenses(), currency)));
            totals.add(List.of(currency, "Total", "", "Result", amount(c.result(), currency)));
        }
        return new ReportTable(
                "Income statement",
                List.of(
                        "Value dates " + statement.period().from() + " to "
                                + statement.period().to(),
                        branchLine(statement.branch())),
                statementColumns(),
                rows,
                totals);
    }

    /** Each account's debit or credit balance at the end of a value date, per asset, with each asset's totals. */
    public ReportTable trialBalanceTable(Actor actor, LocalDate asOf, String branch) {
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> totals = new ArrayList<>();
        for (Asset asset : platform.profile().assets()) {
            String code = asset.code().value();
            List<TrialBalanceLine> lines = platform.reports().trialBalance(actor, code, branch, asOf);
            for (TrialBalanceLine line : lines) {
                BookAccount a = line.account();
                rows.add(List.of(
                        a.number(),
                        a.name(),
                        a.branch(),
                        code,
                        Amount.of(asset, line.debit()),
                        Amount.of(asset, line.credit())));
            }
            TrialBalanceTotals sum = TrialBalanceTotals.of(lines);
            totals.add(List.of(
                    "Total " + code,
                    sum.balanced() ? "balanced" : "not balanced",
                    "",
                    code,
                    Amount.of(asset, sum.debit()),
                    Amount.of(asset, sum.credit())));
        }
        return new ReportTable(
                "Trial balance",
                List.of("As of the end of " + asOf, branch == null ? "All branches" : "Branch " + branch),
                List.of(
                        ReportTable.Column.text("Account"),
                        ReportTable.Column.text("Name"),
                        ReportTable.Column.text("Branch"),
                        ReportTable.Column.text("Asset"),
                        ReportTable.Column.amount("Debit"),
                        ReportTable.Column.amount("Credit")),
                rows,
                totals);
    }

    private static List<ReportTable.Column> statementColumns() {
        return List.of(
                ReportTable.Column.text("Currency"),
                ReportTable.Column.text("Section"),
                ReportTable.Column.text("Code"),
                ReportTable.Column.text("Line"),
                ReportTable.Column.amount("Amount"));
    }

    private void section(List<List<Object>> rows, String currency, String name, List<StatementLine> lines) {
        for (StatementLine line : lines) {
            rows.add(List.of(currency, name, line.chartCode(), line.name(), amount(line.amount(), currency)));
        }
    }

    private static String branchLine(String branch) {
        return branch == null ? "All branches granted to the reader" : "Branch " + branch;
    }

    private Amount amount(long units, String asset) {
        return platform.accounts()
                .asset(asset)
                .map(a -> Amount.of(a, units))
                .orElseThrow(() -> new IllegalStateException("asset " + asset + " is not defined"));
    }

    /** The one branch asked for (null for all the actor's), refused when it does not exist or is not granted. */
    private String branch(Actor actor, String branch) {
        if (branch == null || branch.isBlank()) {
            return null;
        }
        if (platform.organisation().branch(branch).isEmpty()) {
            throw new IllegalArgumentException("branch: there is no branch '"
                    + (branch.length() > 20 ? branch.substring(0, 20) + "…" : branch) + "'");
        }
        actor.requireBranch(branch);
        return branch;
    }

    private List<BookAccount> accounts(Actor actor, String branch) {
        List<BookAccount> all = new ArrayList<>();
        Page.forEach(PAGE, page -> platform.accounts().list(actor, branch, null, page, PAGE), all::add);
        return all;
    }

    private Map<String, ChartAccount> chart() {
        Map<String, ChartAccount> chart = new HashMap<>();
        for (ChartAccount line : platform.organisation().chart()) {
            chart.put(line.code(), line);
        }
        return chart;
    }

    private boolean isCurrency(String asset) {
        return platform.accounts()
                .asset(asset)
                .map(a -> a.kind() == AssetKind.CURRENCY)
                .orElse(false);
    }

    private static long onNormalSide(ChartAccount.Kind kind, long debitsLessCredits) {
        return kind.normalSide() == Side.DEBIT ? debitsLessCredits : Math.negateExact(debitsLessCredits);
    }

    /** Chart lines of one currency, summed over their book accounts, in chart order. */
    private static final class Sections {
        private final Map<ChartAccount.Kind, Map<String, long[]>> amounts = new LinkedHashMap<>();
        private final Map<String, ChartAccount> lines = new HashMap<>();

        void add(ChartAccount line, long amount) {
            lines.put(line.code(), line);
            long[] sum = amounts.computeIfAbsent(line.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(line.code(), k -> new long[1]);
            sum[0] = Math.addExact(sum[0], amount);
        }

        List<StatementLine> lines(ChartAccount.Kind kind) {
            List<StatementLine> result = new ArrayList<>();
            amounts.getOrDefault(kind, Map.of())
                    .forEach((code, sum) ->
                            result.add(new StatementLine(code, lines.get(code).name(), sum[0])));
            return result;
        }
    }
}
