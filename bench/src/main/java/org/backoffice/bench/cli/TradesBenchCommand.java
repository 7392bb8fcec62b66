package org.backoffice.bench.cli;

import java.util.concurrent.Callable;
import org.backoffice.bench.trades.TradesBench;
import org.backoffice.bench.trades.TradesBenchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backoffice bench trades}: a day's FIX drop copy captured and instructed, then settled from confirmations. */
@Command(
        name = "trades",
        mixinStandardHelpOptions = true,
        description = {
            "Capture, enrich, check and instruct --count trades from a FIX drop copy, then settle them from the",
            "depository's confirmations, on a fresh SQLite file under data/bench or a fresh schema in PostgreSQL",
            "that is dropped after. Reference data, funding, the log and the confirmations are not timed.",
            "The launcher's heap cap applies: BACKOFFICE_JAVA_OPTS=-Xmx1g for a million trades."
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice bench trades --count 1000000", "  backoffice bench trades --db postgres"})
final class TradesBenchCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Mixin
    BenchTarget target;

    @Option(names = "--count", defaultValue = "1000000", description = "trades (default: ${DEFAULT-VALUE})")
    int count;

    @Option(
            names = "--accounts",
            defaultValue = "2000",
            description = "client depo accounts (default: ${DEFAULT-VALUE})")
    int accounts;

    @Option(names = "--instruments", defaultValue = "20", description = "shares traded (default: ${DEFAULT-VALUE})")
    int instruments;

    @Override
    public Integer call() throws Exception {
        String resolved = target.url();
        TradesBenchOptions options = new TradesBenchOptions(target.db, resolved, count, accounts, instruments);
        new TradesBench(options, bench.context.hasher(), System.out).run();
        return 0;
    }
}
