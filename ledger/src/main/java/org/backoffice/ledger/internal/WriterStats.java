package org.backoffice.ledger.internal;

import java.util.concurrent.atomic.LongAdder;

/** Counters of the group-commit writer: batches, transactions stored, batch time, retries. */
public final class WriterStats {
    private final LongAdder batches = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private final LongAdder transactions = new LongAdder();
    private final LongAdder batchNanos = new LongAdder();
    private final LongAdder retries = new LongAdder();

    private final LongAdder readNanos = new LongAdder();
    private final LongAdder applyNanos = new LongAdder();
    private final LongAdder writeNanos = new LongAdder();
    private final LongAdder commitNanos = new LongAdder();

    private final LongAdder transactionRowNanos = new LongAdder();
    private final LongAdder postingRowNanos = new LongAdder();
    private final LongAdder balanceRowNanos = new LongAdder();

    void recordWrites(long transactionRows, long postingRows, long balanceRows) {
        transactionRowNanos.add(transactionRows);
        postingRowNanos.add(postingRows);
        balanceRowNanos.add(balanceRows);
    }

    private final LongAdder indexNanos = new LongAdder();

    void recordIndexing(long nanos) {
        indexNanos.add(nanos);
    }

    void recordPhases(long read, long apply, long write, long commit) {
        readNanos.add(read);
        applyNanos.add(apply);
        writeNanos.add(write);
        commitNanos.add(commit);
    }

    /** Where a batch's time goes on average, in milliseconds: lock and read, apply, write, commit. */
    public String phases() {
        long b = Math.max(1, batches.sum());
        return String.format(
                java.util.Locale.ROOT,
                "read %.1f, apply %.1f, write %.1f (transactions %.1f, postings %.1f, balances %.1f), commit %.1f,"
                        + " statement index %.1f ms",
                readNanos.sum() / 1e6 / b,
                applyNanos.sum() / 1e6 / b,
                writeNanos.sum() / 1e6 / b,
                transactionRowNanos.sum() / 1e6 / b,
                postingRowNanos.sum() / 1e6 / b,
                balanceRowNanos.sum() / 1e6 / b,
                commitNanos.sum() / 1e6 / b,
                indexNanos.sum() / 1e6 / b);
    }

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
