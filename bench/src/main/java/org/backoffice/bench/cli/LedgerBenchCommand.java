package org.backoffice.bench.cli;

import java.util.concurrent.Callable;
import org.backoffice.bench.ledger.BenchOptions;
import org.backoffice.bench.ledger.LedgerBench;
import org.backoffice.bench.ledger.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backoffice bench ledger}: durable transfer throughput of the posting engine. */
@Command(
        name = "ledger",
        mixinStandardHelpOptions = true,
        description = {
            "Measure durable throughput of two-posting transfers through the ledger engine,",
            "then the conventional design (one database transaction per transfer) on the same database.",
            "Runs on a fresh SQLite file under data/bench, or a fresh schema in PostgreSQL that is dropped after."
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice bench ledger", "  backoffice bench ledger --db postgres --scenario hot --clients 16"})
final class LedgerBenchCommand implements Callable<Integer> {
    @Mixin
    BenchTarget target;

    @Option(names = "--scenario", defaultValue = "uniform", description = "uniform or hot (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--seconds", defaultValue = "20", description = "measured seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up seconds (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(
            names = "--baseline-seconds",
            description = "seconds for the baseline; 0 skips it (default: as --seconds, at most 20)")
    Integer baselineSeconds;

    @Option(names = "--accounts", defaultValue = "10000", description = "accounts (default: ${DEFAULT-VALUE})")
    int accounts;

    @Option(names = "--clients", defaultValue = "64", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(
            names = "--window",
            defaultValue = "128",
            description = "transfers each engine client keeps in flight (default: ${DEFAULT-VALUE})")
    int window;

    @Option(
            names = "--writers",
            defaultValue = "1",
            description = "PostgreSQL writer threads (default: ${DEFAULT-VALUE})")
    int writers;

    @Option(
            names = "--max-batch",
            defaultValue = "8192",
            description = "requests per database transaction at most (default: ${DEFAULT-VALUE})")
    int maxBatch;

    @Override
    public Integer call() throws Exception {
        String resolvedUrl = target.url();
        BenchOptions options = new BenchOptions(
                target.db,
                resolvedUrl,
                Scenario.parse(scenario),
                seconds,
                warmup,
                baselineSeconds == null ? Math.min(seconds, 20) : baselineSeconds,
                accounts,
                clients,
                window,
                writers,
                maxBatch);
        new LedgerBench(options, System.out).run();
        return 0;
    }
}
