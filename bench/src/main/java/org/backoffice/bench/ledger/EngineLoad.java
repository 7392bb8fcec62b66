package org.backoffice.bench.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.backoffice.bench.report.Latency;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.ledger.Transfer;

/**
 * Clients that submit two-posting transfers to the engine, each keeping a window of transfers in
 * flight and counting a transfer once its outcome is durable.
 */
final class EngineLoad {
    private final Ledger ledger;
    private final BenchOptions options;
    private final long firstAccountId;
    private final AssetCode asset;
    private final TransactionIds ids;
    private final LocalDate valueDate;

    private final Recorder latency = new Recorder(3);
    private final LongAdder accepted = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder failed = new LongAdder();

    EngineLoad(
            Ledger ledger,
            BenchOptions options,
            long firstAccountId,
            AssetCode asset,
            TransactionIds ids,
            LocalDate valueDate) {
        this.ledger = ledger;
        this.options = options;
        this.firstAccountId = firstAccountId;
        this.asset = asset;
        this.ids = ids;
        this.valueDate = valueDate;
    }

    /** Runs for the warm-up, then measures for the configured seconds. */
    LoadResult run() throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        List<Semaphore> windows = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            Semaphore window = new Semaphore(options.window());
            windows.add(window);
            int client = c;
            Thread thread = new Thread(() -> submitUntil(stop, window, client), "bench-client-" + c);
            thread.setDaemon(true);
            clients.add(thread);
        }
        clients.forEach(Thread::start);
        Thread.sleep(options.warmupSeconds() * 1000L);
        latency.getIntervalHistogram();
        long startAccepted = accepted.sum();
        long startRejected = rejected.sum();
        long started = System.nanoTime();
        Thread.sleep(options.seconds() * 1000L);
        long acceptedInRun = accepted.sum() - startAccepted;
        long rejectedInRun = rejected.sum() - startRejected;
        double seconds = (System.nanoTime() - started) / 1e9;
        Histogram histogram = latency.getIntervalHistogram();
        stop.set(true);
        for (int c = 0; c < clients.size(); c++) {
            clients.get(c).join();
            windows.get(c).acquire(options.window());
        }
        if (failed.sum() > 0) {
            throw new IllegalStateException(failed.sum() + " transfers failed with an error");
        }
        return new LoadResult(acceptedInRun, rejectedInRun, seconds, Latency.ofNanos(histogram));
    }

    private void submitUntil(AtomicBoolean stop, Semaphore window, int client) {
        SplittableRandom random = new SplittableRandom(client * 7919L + 17);
        int[] pair = new int[2];
        long sequence = client;
        try {
            while (!stop.get()) {
                window.acquire();
                options.scenario().pick(random, options.accounts(), sequence, pair);
                sequence += options.clients();
                Transfer transfer = new Transfer(
                        ids.next(),
                        valueDate,
                        List.of(new Posting(
                                new AccountId(firstAccountId + pair[0]),
                                new AccountId(firstAccountId + pair[1]),
                                asset,
                                1 + random.nextInt(10_000))),
                        false,
                        null,
                        Memo.NONE);
                long submitted = System.nanoTime();
                ledger.submit(transfer).whenComplete((outcome, error) -> {
                    latency.recordValue(Math.max(0, System.nanoTime() - submitted));
                    if (error != null) {
                        failed.increment();
                    } else if (outcome instanceof Outcome.Accepted) {
                        accepted.increment();
                    } else {
                        rejected.increment();
                    }
                    window.release();
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
