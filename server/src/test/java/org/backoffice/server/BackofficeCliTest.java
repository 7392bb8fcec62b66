package org.backoffice.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backoffice.server.cli.BackofficeCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class BackofficeCliTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsEachOnOneLineAndExitsZero() {
        assertThat(BackofficeCli.execute("--help")).isZero();
        assertThat(console.out())
                .contains("Usage: backoffice")
                .containsPattern("\\n  serve +Start the web UI and the REST API; Ctrl-C or SIGTERM stops it.\\n")
                .containsPattern("\\n  init +Create a new installation and its first administrator.\\n")
                .containsPattern("\\n  user +Manage users: roles, branches, passwords and API tokens.\\n")
                .containsPattern("\\n  audit +Verify the audit log's hash chain.\\n")
                .containsPattern("\\n  import +Load vouchers, accounts, trades, statements or clearing files.\\n")
                .containsPattern(
                        "\\n  export +Export documents, accounts, trial balance or audit log \\(CSV, XLSX\\).\\n")
                .containsPattern("\\n  bench +Run a benchmark and print its figures.\\n")
                .contains("Exit codes:")
                .contains("3   the database cannot be opened");
    }

    /** Every command and subcommand, as the words that run it. */
    static Stream<String> commands() {
        List<String> paths = new ArrayList<>();
        collect(BackofficeCli.commandLine(), "", paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, String path, List<String> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                String words = (path + " " + name).strip();
                paths.add(words);
                collect(sub, words, paths);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandsHelpExitsZeroNamesEveryOptionAndShowsAnExample(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        CommandLine spec = BackofficeCli.commandLine();
        for (String word : command.split(" ")) {
            spec = spec.getSubcommands().get(word);
        }

        assertThat(BackofficeCli.execute(args.toArray(String[]::new))).isZero();

        String help = console.out();
        assertThat(help).startsWith("Usage: backoffice " + command).contains("Example:%n  backoffice ".formatted());
        for (OptionSpec option : spec.getCommandSpec().options()) {
            assertThat(help).contains(option.longestName());
        }
        assertThat(help.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
        assertThat(console.err()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(BackofficeCli.execute("frobnicate")).isEqualTo(2);
        assertThat(console.err()).contains("frobnicate");
    }

    @Test
    void aBadOptionValueNamesTheFieldAndExitsTwo() {
        assertThat(BackofficeCli.execute("bench", "ledger", "--db", "oracle")).isEqualTo(2);
        assertThat(console.err()).contains("db: must be sqlite or postgres");
    }

    @Test
    void benchLedgerPrintsItsFiguresOnSqlite() {
        int exit = BackofficeCli.execute(
                "bench",
                "ledger",
                "--url",
                dir.toString(),
                "--seconds",
                "1",
                "--warmup",
                "0",
                "--baseline-seconds",
                "1",
                "--accounts",
                "20",
                "--clients",
                "2",
                "--window",
                "2");
        assertThat(exit).isZero();
        String[] lines = console.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("ledger-bench db=sqlite scenario=uniform tps=");
    }
}
