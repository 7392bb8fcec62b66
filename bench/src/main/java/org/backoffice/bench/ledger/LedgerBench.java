package org.backoffice.bench.ledger;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backoffice.bench.report.HeapSampler;
import org.backoffice.bench.report.ScratchDatabase;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.ledger.OpenAccount;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.ledger.TrialBalance;

/**
 * Durable throughput of two-posting transfers through the engine, against the conventional design
 * on the same database in the same run. The last line printed is machine-readable.
 */
public final class LedgerBench {
    private static final long FIRST_ACCOUNT = 1_000_000L;

    private final BenchOptions options;
    private final PrintStream out;

    public LedgerBench(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public String run() throws Exception {
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        out.printf(
                "ledger-bench: %s, scenario %s, %d accounts, %d clients x %d in flight, %d s (+%d s warm-up)%n",
                options.db(),
                options.scenario().name().toLowerCase(),
                options.accounts(),
                options.clients(),
                options.window(),
                options.seconds(),
                options.warmupSeconds());
        LoadResult engine;
        long heapMb;
        String batchInfo;
        try (ScratchDatabase db = ScratchDatabase.create(options.db(), options.url(), "bench_engine_" + stamp)) {
            LedgerConfig config = LedgerConfig.of(db.url()).withMaxBatch(options.maxBatch());
            if (options.db().equals("postgres")) {
                config = config.withWriters(options.writers());
            }
            try (Ledger ledger = Ledger.open(config)) {
                Asset usd = Asset.currency("USD", 2);
                ledger.defineAsset(usd);
                List<OpenAccount> accounts = new ArrayList<>(options.accounts());
                for (int i = 0; i < options.accounts(); i++) {
                    accounts.add(new OpenAccount(
                            new AccountId(FIRST_ACCOUNT + i),
                            "2010",
                            usd.code(),
                            "bench",
                            Side.CREDIT,
                            BalanceLimit.NONE,
                            0));
                }
                ledger.openAccounts(accounts);
                System.gc();
                try (HeapSampler heap = new HeapSampler()) {
                    EngineLoad load = new EngineLoad(
                            ledger,
                            options,
                            FIRST_ACCOUNT,
                            usd.code(),
                            new TransactionIds(config.clock(), 1),
                            LocalDate.now(ZoneOffset.UTC));
                    engine = load.run();
                    heapMb = heap.peakMegabytes();
                }
                batchInfo = String.format(
                        Locale.ROOT,
                        "%.0f requests per batch, %.1f ms per batch (%s), %d retries",
                        ledger.writerStats().averageBatchSize(),
                        ledger.writerStats().averageBatchMillis(),
                        ledger.writerStats().phases(),
                        ledger.writerStats().retries());
                TrialBalance trial = ledger.trialBalance();
                if (!trial.isBalanced()) {
                    throw new IllegalStateException(
                            "the trial balance does not balance after the run: " + trial.totals());
                }
            }
        }
        out.printf(
                Locale.ROOT,
                "engine:   %,.0f transfers/s durable, p50 %.1f ms, p99 %.1f ms, max %.1f ms (%s)%n",
                engine.tps(),
                engine.latency().p50Millis(),
                engine.latency().p99Millis(),
                engine.latency().maxMillis(),
                batchInfo);
        LoadResult baseline = null;
        if (options.baselineSeconds() > 0) {
            try (ScratchDatabase db = ScratchDatabase.create(options.db(), options.url(), "bench_baseline_" + stamp)) {
                BaselineLoad load = new BaselineLoad(db.url(), options);
                load.prepare();
                baseline = load.run();
            }
            out.printf(
                    Locale.ROOT,
                    "baseline: %,.0f transfers/s durable, p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                            + " (one transaction per transfer, %d connections)%n",
                    baseline.tps(),
                    baseline.latency().p50Millis(),
                    baseline.latency().p99Millis(),
                    baseline.latency().maxMillis(),
                    options.clients());
        }
        String line = String.format(
                Locale.ROOT,
                "ledger-bench db=%s scenario=%s tps=%.0f baseline_tps=%s ratio=%s p50_ms=%.1f p99_ms=%.1f heap_mb=%d",
                options.db(),
                options.scenario().name().toLowerCase(),
                engine.tps(),
                baseline == null ? "na" : String.format(Locale.ROOT, "%.0f", baseline.tps()),
                baseline == null ? "na" : String.format(Locale.ROOT, "%.1f", engine.tps() / baseline.tps()),
                engine.latency().p50Millis(),
                engine.latency().p99Millis(),
                heapMb);
        out.println(line);
        return line;
    }
}
