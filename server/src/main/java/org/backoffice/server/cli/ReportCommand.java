package org.backoffice.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.backoffice.platform.Platform;
import org.backoffice.reporting.FinancialReports;
import org.backoffice.reporting.Period;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backoffice report ...}: a financial statement to a CSV, XLSX or PDF file. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write a financial statement to a file (CSV, XLSX, PDF).",
        footerHeading = "%nExample:%n",
        footer = {
            "  backoffice report balance-sheet --date 2026-03-31 --out bs.pdf",
            "  backoffice report turnover --from 2026-03-01 --to 2026-03-31 --branch HO --out t.xlsx",
            "  backoffice report cash-book --branch B1 --desk D01 --date 2026-11-25 --format pdf --out book.pdf"
        },
        subcommands = {
            ReportCommand.BalanceSheet.class,
            ReportCommand.IncomeStatement.class,
            ReportCommand.Turnover.class,
            ReportCommand.TrialBalance.class,
            ReportCommand.CashBook.class
        })
final class ReportCommand extends CommandGroup {
    /** A report: its table from the installation, written to a file that appears only when complete. */
    abstract static class Report extends InstallationTask {
        @Option(
                names = "--out",
                required = true,
                paramLabel = "FILE",
                description = "the file to write; an existing one is replaced once the report is complete")
        Path out;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                description = "csv, xlsx or pdf (default: from the name of the --out file)")
        String format;

        @Mixin
        Filters.Branch branchFilter;

        /** The branch asked for, or null for every branch. */
        String branch;

        /** Refuses options that make no sense before the database is opened. */
        void check() {}

        abstract ReportTable table(Installation installation);

        private ReportFormat format() {
            if (format != null) {
                try {
                    return ReportFormat.parse("--format", format);
                } catch (IllegalArgumentException e) {
                    throw CliError.usage("--format", "must be csv, xlsx or pdf, was '" + format + "'");
                }
            }
            return OutputFile.formatOf(out, ReportFormat.values(), ReportFormat::extension, "csv, xlsx or pdf");
        }

        private ReportFormat type;
        private Path target;

        @Override
        void before() {
            type = format();
            check();
            target = OutputFile.checked(out);
        }

        @Override
        int run(Installation installation, PrintWriter stdout) throws IOException {
            Platform platform = installation.platform();
            branchFilter.check(platform);
            branch = branchFilter.code;
            ReportTable table = table(installation);
            OutputFile.replace(target, partial -> {
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    type.write(table, stream);
                }
            });
            stdout.println("wrote " + table.title().toLowerCase(Locale.ROOT) + " ("
                    + table.rows().size() + " rows) to " + target + " (" + type.extension() + ")");
            return BackofficeCli.OK;
        }
    }

    /** A financial statement: a table from the platform's books through the reporting module. */
    abstract static class FinancialReport extends Report {
        @Override
        final ReportTable table(Installation installation) {
            Platform platform = installation.platform();
            return table(platform, new FinancialReports(platform));
        }

        abstract ReportTable table(Platform platform, FinancialReports reports);
    }

    /** A report over a period of value dates: {@code --from} and {@code --to}. */
    abstract static class PeriodReport extends FinancialReport {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "first value date, yyyy-mm-dd")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "last value date, yyyy-mm-dd")
        LocalDate to;

        @Override
        void check() {
            if (from.isAfter(to)) {
                throw CliError.usage("--from", "must not be after --to");
            }
        }

        Period period() {
            return Period.of(from, to);
        }
    }

    /** A report as of a value date: {@code --date}, today by default. */
    abstract static class DayReport extends FinancialReport {
        @Option(
                names = "--date",
                paramLabel = "DATE",
                description = "at the end of this value date, yyyy-mm-dd (default: today)")
        LocalDate date;

        LocalDate date(Platform platform) {
            return date == null ? LocalDate.now(platform.clock()) : date;
        }
    }

    @Command(
            name = "balance-sheet",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Assets, liabilities, equity and the result not yet closed, per currency.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice report balance-sheet --date 2026-03-31 --out bs.pdf")
    static final class BalanceSheet extends DayReport {
        @Override
        ReportTable table(Platform platform, FinancialReports reports) {
            return reports.table(reports.balanceSheet(Installation.CLI, date(platform), branch));
        }
    }

    @Command(
            name = "income-statement",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Income and expense over a period of value dates, per currency.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice report income-statement --from 2026-01-01 --to 2026-03-31 --out q1.xlsx")
    static final class IncomeStatement extends PeriodReport {
        @Override
        ReportTable table(Platform platform, FinancialReports reports) {
            return reports.table(reports.incomeStatement(Installation.CLI, period(), branch));
        }
    }

    @Command(
            name = "turnover",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Per account: opening balance, debit and credit turnover, closing balance.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice report turnover --from 2026-03-01 --to 2026-03-31 --out march.csv")
    static final class Turnover extends PeriodReport {
        @Override
        ReportTable table(Platform platform, FinancialReports reports) {
            return reports.table(reports.turnover(Installation.CLI, period(), branch));
        }
    }

    @Command(
            name = "trial-balance",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Each account's debit or credit balance at the end of a value date, per asset.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice report trial-balance --date 2026-03-31 --out tb.pdf")
    static final class TrialBalance extends DayReport {
        @Override
        ReportTable table(Platform platform, FinancialReports reports) {
            return reports.trialBalanceTable(Installation.CLI, date(platform), branch);
        }
    }

    @Command(
            name = "cash-book",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "A cash desk's book for a business day: opening, every receipt, disbursement and"
                    + " transfer, closing, and each shift's count by denomination with its difference.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice report cash-book --branch B1 --desk D01 --date 2026-11-25 --out book.csv")
    static final class CashBook extends Report {
        @Option(names = "--desk", required = true, paramLabel = "CODE", description = "the desk's code, e.g. D01")
        String desk;

        @Option(
                names = "--date",
                paramLabel = "DATE",
                description = "the business day, yyyy-mm-dd (default: today in the bank's time zone)")
        LocalDate date;

        @Override
        ReportTable table(Installation installation) {
            var cash = installation.banking().cash();
            List<org.backoffice.banking.cash.Desk> desks = cash.desks(Installation.CLI, branch).stream()
                    .filter(d -> d.code().equals(desk))
                    .toList();
            if (desks.isEmpty()) {
                throw CliError.usage(
                        "--desk", "there is no desk '" + desk + "'" + (branch == null ? "" : " at branch " + branch));
            }
            if (desks.size() > 1) {
                throw CliError.usage(
                        "--branch",
                        "desk " + desk + " is at branches "
                                + desks.stream()
                                        .map(org.backoffice.banking.cash.Desk::branch)
                                        .toList()
                                + "; name one");
            }
            var found = desks.get(0);
            return org.backoffice.server.bank.CashBookTable.of(
                    cash.cashBook(Installation.CLI, found.branch(), found.code(), date == null ? cash.today() : date),
                    code -> installation
                            .platform()
                            .accounts()
                            .asset(code)
                            .orElseThrow()
                            .scale());
        }
    }
}
