package org.backoffice.bench.cli;

import org.backoffice.cli.spi.CommandContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code backoffice bench ...}: the project's benchmarks. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Run a benchmark and print its figures.", "The last line is machine-readable."},
        footerHeading = "%nExample:%n",
        footer =
                "  backoffice bench ledger --db postgres --seconds 30%n  backoffice bench api --db sqlite%n  backoffice bench payments --count 1000000%n  backoffice bench eod --accounts 1000000%n  backoffice bench trades --count 1000000",
        subcommands = {
            LedgerBenchCommand.class,
            ApiBenchCommand.class,
            PaymentsBenchCommand.class,
            TradesBenchCommand.class,
            EodBenchCommand.class
        })
final class BenchCommand implements Runnable {
    final CommandContext context;

    @Spec
    CommandSpec spec;

    BenchCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
