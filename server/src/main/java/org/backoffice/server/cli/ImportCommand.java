package org.backoffice.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.security.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backoffice import ...}: journal vouchers, accounts or securities trades from CSV files, correspondents' statements, incoming clearing files. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Load vouchers, accounts, trades, statements or clearing files.",
            "Reports each voucher or account loaded or rejected, with the rows and fields at fault."
        },
        footerHeading = "%nExample:%n",
        footer = {
            "  backoffice import accounts --file accounts.csv",
            "  backoffice import journal-vouchers --file march.csv --as anna --submit",
            "  backoffice import statement chase-20261127.xml --as operator.ho",
            "  backoffice import clearing-file incoming.xml",
            "  backoffice import trades --file fills.csv",
            "  backoffice import securities-statement --file mt535.txt"
        },
        subcommands = {
            ImportCommand.JournalVouchers.class,
            ImportCommand.Accounts.class,
            TradesImport.class,
            SettlementMessagesImport.class,
            FixLogImport.class,
            StatementImportCommand.class,
            ClearingFileImport.class,
            SecuritiesStatementImport.class
        })
final class ImportCommand extends CommandGroup {
    /** {@code --file}: a CSV file in UTF-8 whose header names the columns. */
    static final class Source {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "the CSV file, UTF-8")
        Path file;

        byte[] bytes() {
            return InputFiles.read(file, "--file");
        }

        Csv.Table table(byte[] bytes, List<String> columns) {
            String text =
                    InputFiles.utf8(bytes, "--file", "is not UTF-8 text; save it from the spreadsheet as CSV UTF-8");
            try {
                return Csv.read(new StringReader(text), columns);
            } catch (IllegalArgumentException invalid) {
                throw CliError.failed("--file", invalid.getMessage());
            } catch (IOException e) {
                throw CliError.failed("--file", CliError.reason(e));
            }
        }
    }

    @Command(
            name = "journal-vouchers",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Load journal vouchers from a CSV file with the header",
                "  branch,date,narrative,asset,account,side,amount,voucher",
                "Rows with the same 'voucher' value are one voucher: one branch, date, narrative and asset"
                        + " (later rows may leave those blank), a line per row. 'side' is DEBIT or CREDIT,"
                        + " 'amount' a decimal such as 1250.00, 'date' yyyy-mm-dd.",
                "Each voucher is created as the --as user, whose permissions and branches apply, and is"
                        + " stored whole or not at all. Rows are numbered as a spreadsheet shows them (the"
                        + " header is row 1). Importing the same file again leaves what loaded before as it is.",
                "Exit code 0 when every voucher loaded, 1 when any was rejected."
            },
            footerHeading = "%nExample:%n",
            footer = {
                "  backoffice import journal-vouchers --file march.csv --as anna --submit",
                "",
                "  march.csv:",
                "    branch,date,narrative,asset,account,side,amount,voucher",
                "    HO,2026-03-31,March rent,USD,HO-5030-USD,DEBIT,4200.00,R1",
                "    HO,2026-03-31,March rent,USD,HO-1010-USD,CREDIT,4200.00,R1"
            })
    static final class JournalVouchers extends InstallationTask {
        @Mixin
        Source source;

        @Option(
                names = "--as",
                required = true,
                paramLabel = "USERNAME",
                description = "the user who makes the vouchers; their roles and branches apply")
        String username;

        @Option(
                names = "--submit",
                description = "submit each voucher: it posts below its approval threshold, otherwise awaits"
                        + " approval by another user (default: drafts)")
        boolean submit;

        @Option(names = "--dry-run", description = "check every voucher, store nothing")
        boolean dryRun;

        private byte[] bytes;
        private Csv.Table table;

        @Override
        void before() {
            bytes = source.bytes();
            table = source.table(bytes, JournalVoucherImport.COLUMNS);
        }

        @Override
        int run(Installation installation, PrintWriter out) {
            Platform platform = installation.platform();
            User maker = ActingUser.require(installation, username);
            JournalVoucherImport load = new JournalVoucherImport(
                    platform, table, maker.actor(), submit, dryRun, JournalVoucherImport.sha256(bytes));
            List<JournalVoucherImport.Voucher> vouchers = load.vouchers();
            int loaded = 0;
            int before = 0;
            int rejected = 0;
            try (Progress progress = Progress.start(spec.commandLine().getErr(), "vouchers", vouchers.size())) {
                // One at a time, in the file's order: a voucher that funds an account lands before
                // one that spends from it.
                for (JournalVoucherImport.Voucher voucher : vouchers) {
                    JournalVoucherImport.Outcome outcome = load.load(voucher);
                    switch (outcome) {
                        case JournalVoucherImport.Loaded l when l.before() -> before++;
                        case JournalVoucherImport.Rejected r -> rejected++;
                        default -> loaded++;
                    }
                    for (String line : describe(outcome)) {
                        progress.println(out, line);
                    }
                    progress.advance();
                }
            }
            if (dryRun) {
                out.println("dry run, nothing stored: would load " + loaded + ", rejected " + rejected);
            } else {
                out.println("loaded " + loaded + ", rejected " + rejected
                        + (before == 0 ? "" : "; " + before + " loaded before from this file, left as they were"));
            }
            return rejected == 0 ? BackofficeCli.OK : BackofficeCli.FAILED;
        }

        static List<String> describe(JournalVoucherImport.Outcome outcome) {
            String voucher = "voucher " + outcome.voucher().label() + ": ";
            return switch (outcome) {
                case JournalVoucherImport.Loaded l
                when l.before() ->
                    List.of(voucher + "loaded before from this file as " + name(l.document()) + ", left as it is");
                case JournalVoucherImport.Loaded l -> List.of(voucher + "loaded " + name(l.document()));
                case JournalVoucherImport.Valid v -> List.of(voucher + "valid");
                case JournalVoucherImport.Rejected r -> {
                    List<String> lines = new ArrayList<>();
                    lines.add(voucher + "rejected");
                    r.reasons().forEach(reason -> lines.add("  " + reason));
                    yield lines;
                }
            };
        }

        private static String name(Document document) {
            String status = document.status() == DocumentStatus.SUBMITTED
                    ? "submitted, awaiting approval"
                    : document.status().name().toLowerCase(Locale.ROOT);
            return document.number() == null
                    ? "as a draft, id " + document.id().value()
                    : document.number() + " (" + status + ")";
        }
    }

    @Command(
            name = "accounts",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Open book accounts from a CSV file with the header",
                "  branch,chartCode,asset,suffix,name,limit",
                "An account's number is BRANCH-CHARTCODE-ASSET[-SUFFIX], e.g. HO-2010-USD-001; 'suffix' may be"
                        + " blank. 'limit' is NONE (the default when blank), DEBITS_MUST_NOT_EXCEED_CREDITS"
                        + " (no overdraft) or CREDITS_MUST_NOT_EXCEED_DEBITS (e.g. cash).",
                "An account that is open already with the same details is left as it is.",
                "Exit code 0 when every row loaded, 1 when any was rejected."
            },
            footerHeading = "%nExample:%n",
            footer = {
                "  backoffice import accounts --file accounts.csv",
                "",
                "  accounts.csv:",
                "    branch,chartCode,asset,suffix,name,limit",
                "    HO,1010,USD,,Cash on hand,CREDITS_MUST_NOT_EXCEED_DEBITS",
                "    HO,2010,USD,001,Northwind Traders,DEBITS_MUST_NOT_EXCEED_CREDITS"
            })
    static final class Accounts extends InstallationTask {
        static final List<String> COLUMNS = List.of("branch", "chartCode", "asset", "suffix", "name", "limit");

        @Mixin
        Source source;

        private Csv.Table table;

        @Override
        void before() {
            table = source.table(source.bytes(), COLUMNS);
        }

        @Override
        int run(Installation installation, PrintWriter out) {
            Platform platform = installation.platform();
            int loaded = 0;
            int before = 0;
            int rejected = 0;
            try (Progress progress = Progress.start(
                    spec.commandLine().getErr(), "accounts", table.rows().size())) {
                for (Csv.Row row : table.rows()) {
                    String result;
                    try {
                        OpenBookAccount request = request(table, row);
                        Optional<BookAccount> existing = platform.accounts().account(request.number());
                        if (existing.isPresent() && same(existing.get(), request)) {
                            before++;
                            result = "open already, left as it is: " + request.number();
                        } else if (existing.isPresent()) {
                            rejected++;
                            result = "rejected: number: " + request.number() + " is open already with other details";
                        } else {
                            platform.accounts().open(Installation.CLI, request);
                            loaded++;
                            result = "loaded " + request.number();
                        }
                    } catch (IllegalArgumentException | IllegalStateException refused) {
                        rejected++;
                        result = "rejected: " + refused.getMessage();
                    }
                    progress.println(out, "row " + row.number() + ": " + result);
                    progress.advance();
                }
            }
            out.println("loaded " + loaded + ", rejected " + rejected
                    + (before == 0 ? "" : "; " + before + " open already, left as they were"));
            return rejected == 0 ? BackofficeCli.OK : BackofficeCli.FAILED;
        }

        private static OpenBookAccount request(Csv.Table table, Csv.Row row) {
            String suffix = table.value(row, "suffix");
            String limit = table.value(row, "limit").toUpperCase(Locale.ROOT);
            BalanceLimit balanceLimit;
            try {
                balanceLimit = limit.isEmpty() ? BalanceLimit.NONE : BalanceLimit.valueOf(limit);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("limit: must be one of " + List.of(BalanceLimit.values()) + ", was '"
                        + table.value(row, "limit") + "'");
            }
            return new OpenBookAccount(
                    table.value(row, "branch"),
                    table.value(row, "chartCode"),
                    table.value(row, "asset"),
                    suffix.isEmpty() ? null : suffix,
                    table.value(row, "name"),
                    balanceLimit);
        }

        private static boolean same(BookAccount account, OpenBookAccount request) {
            return account.branch().equals(request.branch())
                    && account.chartCode().equals(request.chartCode())
                    && account.asset().equals(request.asset())
                    && account.name().equals(request.name())
                    && account.limit() == request.limit();
        }
    }

    /** Row numbers, ranges joined: {@code row 4}, {@code rows 2-3}, {@code rows 2-3, 7}. */
    static String rows(List<Csv.Row> rows) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            int start = rows.get(i).number();
            int end = start;
            while (i + 1 < rows.size() && rows.get(i + 1).number() == end + 1) {
                end = rows.get(++i).number();
            }
            parts.add(start == end ? Integer.toString(start) : start + "-" + end);
            i++;
        }
        return (rows.size() == 1 ? "row " : "rows ") + String.join(", ", parts);
    }
}
