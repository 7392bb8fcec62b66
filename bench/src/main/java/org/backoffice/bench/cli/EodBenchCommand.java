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
            "Set up the demo bank with N funded client accounts (not timed), then time end of day, the same",
            "code as 'backoffice eod': interest accrual, monthly fees, day close, balance snapshots, the report.",
            "--day light: a mid-month Wednesday. --day heavy: the month's turn, its last business day (interest",
            "capitalised to every account) then the next month's first (monthly fees charged).",
            "Runs on a fresh SQLite file under data/bench, or a fresh schema in PostgreSQL that is dropped after."
        },
        footerHeading = "%nExample:%n",
        footer = {
            "  backoffice bench eod --accounts 1000000",
            "  backoffice bench eod --accounts 1000000 --day heavy",
            "  backoffice bench eod --accounts 100000 --db postgres"
        })
final class EodBenchCommand implements Callable<Integer> {
    @Mixin
    BenchTarget target;

    @Option(names = "--accounts", defaultValue = "1000000", description = "client accounts (default: ${DEFAULT-VALUE})")
    int accounts;

    @Option(
            names = "--day",
            defaultValue = "light",
            paramLabel = "light|heavy",
            description =
                    "light: mid-month; heavy: month end with capitalisation and monthly fees (default: ${DEFAULT-VALUE})")
    String day;

    @Override
    public Integer call() throws Exception {
        if (!target.db.equals("sqlite") && !target.db.equals("postgres")) {
            throw new IllegalArgumentException("--db: must be sqlite or postgres, was '" + target.db + "'");
        }
        if (accounts < 1) {
            throw new IllegalArgumentException("--accounts: must be at least 1");
        }
        if (!day.equals("light") && !day.equals("heavy")) {
            throw new IllegalArgumentException("--day: must be light or heavy, was '" + day + "'");
        }
        String resolved = target.url();
        new EodBench(target.db, resolved, accounts, day, System.out).run();
        return 0;
    }
}
