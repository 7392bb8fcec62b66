package org.backoffice.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backoffice.ledger.Balance;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.TrialBalanceLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backoffice export ...}: documents, accounts, the trial balance or the audit log to CSV or XLSX. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export documents, accounts, trial balance or audit log (CSV, XLSX).",
        footerHeading = "%nExample:%n",
        footer = {
            "  backoffice export documents --status posted --from 2026-01-01 --out q1.xlsx",
            "  backoffice export trial-balance --asset USD --to 2026-03-31 --out tb.csv"
        },
        subcommands = {
            ExportCommand.Documents.class,
            ExportCommand.Accounts.class,
            ExportCommand.TrialBalance.class,
            ExportCommand.Audit.class
        })
final class ExportCommand extends CommandGroup {
    private static final int PAGE = 1000;

    /** Where the rows go: {@code --out} and {@code --format}. */
    static final class Target {
        @Option(
                names = "--out",
                required = true,
                paramLabel = "FILE",
                description = "the file to write; an existing one is replaced once the export is complete")
        Path out;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                description = "csv or xlsx (default: from the name of the --out file)")
        TableWriter.Format format;

        TableWriter.Format format() {
            if (format != null) {
                return format;
            }
            return OutputFile.formatOf(out, TableWriter.Format.values(), TableWriter.Format::extension, "csv or xlsx");
        }
    }

    /** An export: its columns, its rows, and how it writes them to a file that appears only when complete. */
    abstract static class Export extends InstallationTask {
        @Mixin
        Target target;

        /** The name of a row, plural: {@code documents}. */
        private final String unit;

        private final List<String> columns;
        private Progress progress;
        private Platform platform;

        Export(String unit, List<String> columns) {
            this.unit = unit;
            this.columns = columns;
        }

        /** How many rows (or scanned items) there are at most, for the progress bar. */
        abstract long total(Platform platform);

        abstract void write(Platform platform, Sink sink) throws IOException;

        /** Refuses filters that make no sense before the database is opened. */
        void checkFilters() {}

        /** Refuses filters that name what the database does not have. */
        void checkFilters(Platform platform) {}

        @FunctionalInterface
        interface Sink {
            void row(List<?> cells) throws IOException;
        }

        private TableWriter.Format format;
        private Path out;

        @Override
        void before() {
            format = target.format();
            checkFilters();
            out = OutputFile.checked(target.out);
        }

        @Override
        int run(Installation installation, PrintWriter stdout) throws IOException {
            platform = installation.platform();
            checkFilters(platform);
            long[] written = {0};
            OutputFile.replace(out, partial -> {
                try (TableWriter writer = TableWriter.open(format, partial, unit);
                        Progress bar = Progress.start(spec.commandLine().getErr(), unit, total(platform))) {
                    progress = bar;
                    writer.header(columns);
                    write(platform, cells -> {
                        writer.row(cells);
                        written[0]++;
                    });
                }
            });
            stdout.println("wrote " + written[0] + " " + unit + " to " + out + " (" + format.extension() + ")");
            return BackofficeCli.OK;
        }

        void advance() {
            progress.advance();
        }

        Amount amount(long units, String asset) {
            return platform.accounts()
                    .asset(asset)
                    .map(a -> Amount.of(a, units))
                    .orElseGet(() -> Amount.of(asset, 0, units));
        }
    }

    /** An export of what the books keep per branch and asset: {@code --branch} and {@code --asset}. */
    abstract static class BookExport extends Export {
        @Mixin
        Filters.Branch branch;

        @Mixin
        Filters.Asset asset;

        BookExport(String unit, List<String> columns) {
            super(unit, columns);
        }

        @Override
        void checkFilters(Platform platform) {
            branch.check(platform);
            asset.check(platform);
        }
    }

    @Command(
            name = "documents",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Export documents: number, type, branch, date, status, maker, approver, amount, narrative.",
            footerHeading = "%nExample:%n",
            footer = {
                "  backoffice export documents --branch HO --status submitted --out w.xlsx",
                "  backoffice export documents --from 2026-03-01 --to 2026-03-31 --out m.csv"
            })
    static final class Documents extends BookExport {
        @Option(
                names = "--status",
                paramLabel = "STATUS",
                description = "only documents in this status: ${COMPLETION-CANDIDATES}")
        DocumentStatus status;

        @Mixin
        Filters.Dates dates;

        Documents() {
            super(
                    "documents",
                    List.of(
                            "id",
                            "number",
                            "type",
                            "branch",
                            "date",
                            "status",
                            "maker",
                            "approver",
                            "asset",
                            "amount",
                            "narrative",
                            "comment",
                            "created",
                            "updated"));
        }

        @Override
        void checkFilters() {
            dates.check();
        }

        private DocumentQuery query(int page) {
            return new DocumentQuery(
                    null, status, branch.code, null, dates.from, dates.to, null, "created", page, PAGE);
        }

        @Override
        long total(Platform platform) {
            return platform.documents().list(Installation.CLI, query(0)).total();
        }

        @Override
        void write(Platform platform, Sink sink) throws IOException {
            Page.forEach(PAGE, page -> platform.documents().list(Installation.CLI, query(page)), d -> {
                advance();
                if (asset.code != null && !asset.code.equals(d.asset())) {
                    return;
                }
                sink.row(Arrays.asList(
                        Long.toString(d.id().value()),
                        d.number(),
                        d.type(),
                        d.branch(),
                        d.date(),
                        d.status().name(),
                        d.maker(),
                        d.approver(),
                        d.asset(),
                        d.asset() == null ? null : amount(d.amount(), d.asset()),
                        d.body() instanceof JournalVoucher voucher ? voucher.narrative() : null,
                        d.comment(),
                        d.createdAt(),
                        d.updatedAt()));
            });
        }
    }

    @Command(
            name = "accounts",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Export book accounts with their posted debits, credits and balance.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice export accounts --branch HO --to 2026-03-31 --out accounts.csv")
    static final class Accounts extends BookExport {
        @Option(
                names = "--to",
                paramLabel = "DATE",
                description = "balances at the end of this value date, yyyy-mm-dd (default: now)")
        LocalDate to;

        Accounts() {
            super(
                    "accounts",
                    List.of(
                            "number",
                            "branch",
                            "chart_code",
                            "asset",
                            "name",
                            "limit",
                            "debits",
                            "credits",
                            "balance",
                            "normal_side"));
        }

        @Override
        long total(Platform platform) {
            return platform.accounts()
                    .list(Installation.CLI, branch.code, asset.code, 0, 1)
                    .total();
        }

        @Override
        void write(Platform platform, Sink sink) throws IOException {
            Page.forEach(
                    PAGE,
                    page -> platform.accounts().list(Installation.CLI, branch.code, asset.code, page, PAGE),
                    a -> {
                        Balance balance = platform.accounts().balance(Installation.CLI, a.number(), to);
                        sink.row(List.of(
                                a.number(),
                                a.branch(),
                                a.chartCode(),
                                a.asset(),
                                a.name(),
                                a.limit().name(),
                                amount(balance.debitsPosted(), a.asset()),
                                amount(balance.creditsPosted(), a.asset()),
                                amount(balance.posted(), a.asset()),
                                balance.normalSide().name()));
                        advance();
                    });
        }
    }

    @Command(
            name = "trial-balance",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Export the trial balance: each account's debit or credit balance, per asset.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice export trial-balance --asset USD --to 2026-03-31 --out tb.xlsx")
    static final class TrialBalance extends BookExport {
        @Option(
                names = "--to",
                paramLabel = "DATE",
                description = "as of the end of this value date, yyyy-mm-dd (default: now)")
        LocalDate to;

        private final List<TrialBalanceLine> lines = new ArrayList<>();

        TrialBalance() {
            super("lines", List.of("asset", "account", "branch", "chart_code", "name", "debit", "credit"));
        }

        @Override
        long total(Platform platform) {
            List<String> assets = asset.code != null
                    ? List.of(asset.code)
                    : platform.profile().assets().stream()
                            .map(a -> a.code().value())
                            .toList();
            for (String code : assets) {
                lines.addAll(platform.reports().trialBalance(Installation.CLI, code, branch.code, to));
            }
            return lines.size();
        }

        @Override
        void write(Platform platform, Sink sink) throws IOException {
            for (TrialBalanceLine line : lines) {
                BookAccount a = line.account();
                sink.row(List.of(
                        a.asset(),
                        a.number(),
                        a.branch(),
                        a.chartCode(),
                        a.name(),
                        amount(line.debit(), a.asset()),
                        amount(line.credit(), a.asset())));
                advance();
            }
        }
    }

    @Command(
            name = "audit",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Export the audit log, newest entry first: who changed what, when, before and after.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice export audit --from 2026-03-01 --to 2026-03-31 --out audit.csv")
    static final class Audit extends Export {
        @Mixin
        Filters.Branch branch;

        @Option(names = "--entity", paramLabel = "ID", description = "only entries about this user, document, ...")
        String entity;

        @Mixin
        Filters.Dates dates;

        Audit() {
            super(
                    "entries",
                    List.of(
                            "seq",
                            "at",
                            "actor",
                            "action",
                            "entity_type",
                            "entity_id",
                            "branch",
                            "before",
                            "after",
                            "hash"));
        }

        @Override
        void checkFilters() {
            dates.check();
        }

        @Override
        void checkFilters(Platform platform) {
            branch.check(platform);
        }

        @Override
        long total(Platform platform) {
            return platform.audit().list(Installation.CLI, entity, 0, 1).total();
        }

        @Override
        void write(Platform platform, Sink sink) throws IOException {
            // Newest first, a page at a time: entries appended meanwhile push older ones to later
            // pages, so each entry is taken once, below the lowest number seen. Times follow the
            // numbers only roughly (each is taken before its append), so the whole log is read.
            long[] below = {Long.MAX_VALUE};
            Page.forEach(PAGE, page -> platform.audit().list(Installation.CLI, entity, page, PAGE), e -> {
                if (e.seq() >= below[0]) {
                    return;
                }
                below[0] = e.seq();
                advance();
                LocalDate day = LocalDate.ofInstant(e.at(), ZoneOffset.UTC);
                if ((dates.from != null && day.isBefore(dates.from))
                        || (dates.to != null && day.isAfter(dates.to))
                        || (branch.code != null && !branch.code.equals(e.branch()))) {
                    return;
                }
                sink.row(Arrays.asList(
                        e.seq(),
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.branch(),
                        e.before(),
                        e.after(),
                        e.hash()));
            });
        }
    }
}
