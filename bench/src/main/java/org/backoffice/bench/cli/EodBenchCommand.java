package org.backoffice.bench.cli;

import java.util.concurrent.Callable;
import org.backoffice.bench.eod.EodBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backoffice bench eod}: one end of day over many client accounts. */
@Command(
        name = "eod",
        mixinStandardHelpOptions = true,
        description = {
            "Set up the demo bank with N funded client accounts (not timed), then time one end of day:",
            "interest accrual, day close, balance snapshots and the report.",
            "Runs on a fresh SQLite file under data/bench, or a fresh schema in PostgreSQL that is dropped after."
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice bench eod --accounts 1000000", "  backoffice bench eod --accounts 100000 --db postgres"
        })
final class EodBenchCommand implements Callable<Integer> {
    @Mixin
    BenchTarget target;

    @Option(names = "--accounts", defaultValue = "1000000", description = "client accounts (default: ${DEFAULT-VALUE})")
    int accounts;

    @Override
    public Integer call() throws Exception {
        if (!target.db.equals("sqlite") && !target.db.equals("postgres")) {
            throw new IllegalArgumentException("--db: must be sqlite or postgres, was '" + target.db + "'");
        }
        if (accounts < 1) {
            throw new IllegalArgumentException("--accounts: must be at least 1");
        }
        String resolved = target.url();
        new EodBench(target.db, resolved, accounts, System.out).run();
        return 0;
    }
}
