package org.backoffice.ledger.internal;

import java.util.concurrent.atomic.LongAdder;

/** Counters of the group-commit writer: batches, transactions stored, batch time, retries. */
public final class WriterStats {
    private final LongAdder batches = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private final LongAdder transactions = new LongAdder();
    private final LongAdder batchNanos = new LongAdder();
    private final LongAdder retries = new LongAdder();

    void recordBatch(int size, long nanos) {
        batches.increment();
        requests.add(size);
        batchNanos.add(nanos);
    }

    void recordTransactions(int count) {
        transactions.add(count);
    }

    void recordRetry() {
        retries.increment();
    }

    public long batches() {
        return batches.sum();
    }

    public long requests() {
        return requests.sum();
    }

    public long transactionsStored() {
        return transactions.sum();
    }

    public long retries() {
        return retries.sum();
    }

    public double averageBatchSize() {
        long b = batches.sum();
        return b == 0 ? 0 : (double) requests.sum() / b;
    }

    public double averageBatchMillis() {
        long b = batches.sum();
        return b == 0 ? 0 : batchNanos.sum() / 1e6 / b;
    }
}
