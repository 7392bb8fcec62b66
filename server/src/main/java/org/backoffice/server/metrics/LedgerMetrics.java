package org.backoffice.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.WriterSnapshot;
import org.backoffice.platform.Platform;
import org.springframework.stereotype.Component;

/**
 * The ledger's group-commit writer as meters, read from its counters at each scrape: batches and transactions
 * committed (their rate is transactions per second), the average batch size, batch durations, retries, and how
 * far the statement index lags behind.
 */
@Component
public class LedgerMetrics implements MeterBinder {
    private final Ledger ledger;

    public LedgerMetrics(Platform platform) {
        this.ledger = platform.ledger();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder(
                        "backoffice.ledger.transactions",
                        ledger,
                        l -> l.writerStats().transactionsStored())
                .description("Transactions the ledger committed; the rate is transactions per second")
                .register(registry);
        FunctionCounter.builder(
                        "backoffice.ledger.requests",
                        ledger,
                        l -> l.writerStats().requests())
                .description("Requests the writer handled, committed or rejected, replays and companion-only work"
                        + " included")
                .register(registry);
        FunctionCounter.builder(
                        "backoffice.ledger.batches",
                        ledger,
                        l -> l.writerStats().batches())
                .description("Batches the writer committed, each one database transaction")
                .register(registry);
        FunctionCounter.builder(
                        "backoffice.ledger.retries",
                        ledger,
                        l -> l.writerStats().retries())
                .description("Batches the writer retried after a transient database failure")
                .register(registry);
        Gauge.builder(
                        "backoffice.ledger.batch.size",
                        ledger,
                        l -> l.writerStats().averageBatchSize())
                .description("Average requests per batch since the ledger opened")
                .register(registry);
        FunctionTimer.builder(
                        "backoffice.ledger.batch.duration",
                        ledger,
                        l -> l.writerStats().batches(),
                        l -> totalBatchMillis(l.writerStats()),
                        TimeUnit.MILLISECONDS)
                .description("Time the writer spent per batch: lock, apply, write and commit")
                .register(registry);
        Gauge.builder("backoffice.ledger.statement.index.lag", ledger, Ledger::statementIndexLag)
                .description("Committed batches not yet in the statement index")
                .register(registry);
    }

    private static double totalBatchMillis(WriterSnapshot stats) {
        return stats.averageBatchMillis() * stats.batches();
    }
}
