package org.backoffice.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.backoffice.ledger.CommitCompanion;
import org.backoffice.ledger.LedgerStorageException;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.internal.StoredTransaction.StoredPosting;
import org.backoffice.ledger.internal.store.BatchStore;
import org.backoffice.ledger.internal.store.Database;
import org.backoffice.ledger.internal.store.StatementIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: submitters enqueue and get a future; each writer thread takes everything waiting
 * (up to the batch limit) and applies it in one database transaction. Futures complete only after
 * that transaction has committed. Correctness rests on the database's row locks, so several
 * writers, in this process or in others sharing one PostgreSQL, may run at once.
 */
public final class GroupCommitWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final int MAX_ATTEMPTS = 8;
    private static final long CHECKPOINT_MILLIS = 200;
    private static final long INDEX_IDLE_MILLIS = 100;
    /** SQLite indexes inline, between batches, once this many are waiting (or when idle). */
    private static final int INLINE_INDEX_AFTER_BATCHES = 4;

    private static final int INDEX_BATCHES_PER_RUN = 16;

    /**
     * Work for the writer: a request to post, a companion's record without a movement, an expiry, or
     * a change outside the posting path.
     */
    sealed interface Task permits Submit, RecordOnly, Expire, Control {}

    /**
     * Requests applied as one: a single request, or a linked chain whose steps are all accepted or
     * all rejected together.
     *
     * @param attachment for the commit companion; null for none
     */
    record Submit(List<TransactionRequest> requests, Object attachment, CompletableFuture<Outcome> future)
            implements Task {
        TransactionId id() {
            return requests.get(0).id();
        }
    }

    record RecordOnly(TransactionId id, Object attachment, CompletableFuture<Outcome> future) implements Task {}

    record Expire(TransactionId expiryId, long pendingId, int valueDate, CompletableFuture<Outcome> future)
            implements Task {}

    record Control<T>(SqlWork<T> work, CompletableFuture<T> future) implements Task {}

    /** A change that runs alone in a transaction on the writer's connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Database database;
    private final BatchStore store;
    private final Clock clock;
    private final CompanionStep companion;
    private final int maxBatch;
    private final BlockingQueue<Task> queue;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong lastBookedAt = new AtomicLong();
    private final WriterStats stats = new WriterStats();
    private final AutoCloseable checkpointer;
    private final StatementIndexer indexer;
    private final Thread indexerThread;
    /** Starts at one so that the first idle moment catches up whatever an earlier run left unindexed. */
    private long unindexedBatches = 1;

    private final ExecutorService completer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ledger-completer");
        thread.setDaemon(true);
        return thread;
    });
    private final long logRestartBytes;
    private final boolean indexStatements;
    private volatile boolean running = true;

    public GroupCommitWriter(
            Database database,
            Clock clock,
            CommitCompanion companion,
            int writers,
            int maxBatch,
            int queueCapacity,
            long logRestartBytes,
            boolean indexStatements) {
        this.indexStatements = indexStatements;
        this.logRestartBytes = logRestartBytes;
        this.database = database;
        this.store = database.batchStore();
        this.clock = clock;
        this.companion = new CompanionStep(companion);
        this.maxBatch = maxBatch;
        this.queue = new LinkedBlockingQueue<>(queueCapacity);
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                connections.add(database.openWriter());
            }
        } catch (SQLException e) {
            connections.forEach(GroupCommitWriter::closeQuietly);
            throw new LedgerStorageException("cannot open the ledger writer: " + e.getMessage(), e);
        }
        try {
            this.checkpointer = database.startCheckpointer(CHECKPOINT_MILLIS);
        } catch (SQLException e) {
            connections.forEach(GroupCommitWriter::closeQuietly);
            throw new LedgerStorageException("cannot start the checkpointer: " + e.getMessage(), e);
        }
        this.indexer = new StatementIndexer(database.vendor(), store, INDEX_BATCHES_PER_RUN);
        this.indexerThread = indexStatements && database.vendor() == Database.Vendor.POSTGRESQL ? startIndexer() : null;
        for (int i = 0; i < writers; i++) {
            Connection connection = connections.get(i);
            Thread thread = new Thread(() -> run(connection), "ledger-writer-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /**
     * On PostgreSQL the statement index is built by a thread of its own, on its own connection, so
     * that the database does that work beside the writer's.
     */
    private Thread startIndexer() {
        Connection connection;
        try {
            connection = database.openWriter();
        } catch (SQLException e) {
            throw new LedgerStorageException("cannot open the statement indexer: " + e.getMessage(), e);
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        while (running) {
                            long started = System.nanoTime();
                            long indexed = indexer.indexOnce(connection);
                            stats.recordIndexing(System.nanoTime() - started);
                            if (indexed == 0) {
                                Thread.sleep(INDEX_IDLE_MILLIS);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (SQLException | RuntimeException e) {
                        LOG.error("statement indexer stopped: {}", e.getMessage());
                    } finally {
                        closeQuietly(connection);
                    }
                },
                "ledger-indexer");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** SQLite has one writer: the writer thread indexes between batches, when enough wait or it is idle. */
    private void indexInline(Connection connection, boolean idle) {
        if (!indexStatements || indexerThread != null || unindexedBatches == 0) {
            return;
        }
        if (!idle && unindexedBatches < INLINE_INDEX_AFTER_BATCHES) {
            return;
        }
        long started = System.nanoTime();
        try {
            // Idle: catch up. Busy: one bounded run, so the batches waiting are not held up long.
            long indexed;
            do {
                indexed = indexer.indexOnce(connection);
                unindexedBatches = Math.max(0, unindexedBatches - indexed);
            } while (idle && indexed > 0);
            stats.recordIndexing(System.nanoTime() - started);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("statement indexing failed, will retry: {}", e.getMessage());
        }
    }

    private void restartLog(Connection connection) {
        try {
            database.restartLogIfLarge(connection, logRestartBytes);
        } catch (SQLException e) {
            LOG.warn("restarting the write-ahead log failed, will retry: {}", e.getMessage());
        }
    }

    public WriterStats stats() {
        return stats;
    }

    public CompletableFuture<Outcome> submit(TransactionRequest request, Object attachment) {
        return submitLinked(List.of(request), attachment);
    }

    public CompletableFuture<Outcome> submitLinked(List<TransactionRequest> requests, Object attachment) {
        CompletableFuture<Outcome> future = new CompletableFuture<>();
        enqueue(new Submit(List.copyOf(requests), attachment, future));
        return future;
    }

    public CompletableFuture<Outcome> record(TransactionId id, Object attachment) {
        CompletableFuture<Outcome> future = new CompletableFuture<>();
        enqueue(new RecordOnly(id, attachment, future));
        return future;
    }

    public CompletableFuture<Outcome> expire(TransactionId expiryId, long pendingId, int valueDate) {
        CompletableFuture<Outcome> future = new CompletableFuture<>();
        enqueue(new Expire(expiryId, pendingId, valueDate, future));
        return future;
    }

    public <T> CompletableFuture<T> control(SqlWork<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        enqueue(new Control<>(work, future));
        return future;
    }

    private void enqueue(Task task) {
        if (!running) {
            throw new IllegalStateException("the ledger is closed");
        }
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the ledger's queue was full", e);
        }
    }

    private void run(Connection connection) {
        List<Task> drained = new ArrayList<>(maxBatch);
        try {
            while (running || !queue.isEmpty()) {
                Task first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    indexInline(connection, true);
                    continue;
                }
                drained.add(first);
                queue.drainTo(drained, maxBatch - 1);
                process(connection, drained);
                drained.clear();
                indexInline(connection, false);
                restartLog(connection);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(connection);
        }
    }

    private void process(Connection connection, List<Task> tasks) {
        List<Task> batch = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            if (task instanceof Control<?> control) {
                if (!batch.isEmpty()) {
                    commitBatch(connection, batch);
                    batch = new ArrayList<>();
                }
                runControl(connection, control);
            } else {
                batch.add(task);
            }
        }
        if (!batch.isEmpty()) {
            commitBatch(connection, batch);
        }
    }

    private <T> void runControl(Connection connection, Control<T> control) {
        try {
            store.begin(connection);
            store.invalidate();
            T result = control.work().run(connection);
            store.commit(connection);
            control.future().complete(result);
        } catch (SQLException | RuntimeException | Error e) {
            // The work may be a caller's own code: whatever it throws fails its future, not the writer.
            rollbackQuietly(connection);
            control.future()
                    .completeExceptionally(
                            e instanceof SQLException
                                    ? new LedgerStorageException("ledger change failed: " + e.getMessage(), e)
                                    : e);
        }
    }

    private void commitBatch(Connection connection, List<Task> batch) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome[] outcomes = applyAndWrite(connection, batch);
                unindexedBatches++;
                stats.recordBatch(batch.size(), System.nanoTime() - started);
                // Submitters' callbacks run on the completer, so the writer moves on to the next batch.
                completer.execute(() -> {
                    for (int i = 0; i < batch.size(); i++) {
                        future(batch.get(i)).complete(outcomes[i]);
                    }
                });
                return;
            } catch (SQLException e) {
                rollbackQuietly(connection);
                if (attempt < MAX_ATTEMPTS && retriable(e)) {
                    stats.recordRetry();
                    continue;
                }
                LOG.error("ledger batch of {} failed after {} attempts: {}", batch.size(), attempt, e.getMessage());
                fail(
                        batch,
                        new LedgerStorageException(
                                "the ledger could not commit; the outcome is unknown, retry with the same id: "
                                        + e.getMessage(),
                                e));
                return;
            } catch (RuntimeException | Error e) {
                // The companion is other modules' code: whatever it throws fails the batch, not the writer.
                rollbackQuietly(connection);
                LOG.error("ledger batch of {} failed", batch.size(), e);
                fail(batch, e);
                return;
            }
        }
    }

    private Outcome[] applyAndWrite(Connection connection, List<Task> batch) throws SQLException {
        long t0 = System.nanoTime();
        store.begin(connection);
        long[] referencedIds = referencedIds(batch);
        Map<Long, StoredTransaction> referenced = store.loadReferenced(connection, referencedIds);
        long[] accountIds = accountIds(batch, referenced);
        Map<Long, AccountState> accounts = store.lockAccounts(connection, accountIds);
        BatchStore.BatchNumber batchNumber = store.nextBatch(connection);
        Map<Long, StoredTransaction> existing = store.loadExisting(connection, requestIds(batch));
        Set<Long> resolved = store.loadResolved(connection, referencedIds);
        Set<Long> reversed = store.loadReversed(connection, referencedIds);
        String[] refusals = companion.check(connection, batch);
        long t1 = System.nanoTime();
        BatchApplier applier = new BatchApplier(
                accounts,
                existing,
                referenced,
                resolved,
                reversed,
                batchNumber.closedThrough(),
                lastBookedAt.get(),
                this::clockMicros);
        Outcome[] outcomes = new Outcome[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            String refusal = refusals == null ? null : refusals[i];
            outcomes[i] = refusal == null ? apply(applier, batch.get(i)) : CompanionStep.refused(batch.get(i), refusal);
        }
        long t2 = System.nanoTime();
        store.insertTransactions(connection, applier.transactionRows());
        long tx = System.nanoTime();
        store.insertPostings(connection, applier.postingRows(), batchNumber.number());
        long tp = System.nanoTime();
        List<AccountState> written = applier.dirtyAccounts();
        store.updateBalances(connection, written);
        long tb = System.nanoTime();
        companion.write(connection, batch, outcomes);
        long t3 = System.nanoTime();
        stats.recordWrites(tx - t2, tp - tx, tb - tp);
        store.commit(connection);
        store.committed(written);
        stats.recordPhases(t1 - t0, t2 - t1, t3 - t2, System.nanoTime() - t3);
        lastBookedAt.accumulateAndGet(applier.lastBookedAt(), Math::max);
        stats.recordTransactions(applier.transactionRows().size());
        return outcomes;
    }

    private Outcome apply(BatchApplier applier, Task task) {
        return switch (task) {
            case Submit s ->
                s.requests().size() == 1 ? applier.apply(s.requests().get(0)) : applier.applyLinked(s.requests());
            case RecordOnly r -> new Outcome.Accepted(r.id(), Dates.toInstant(clockMicros()), false);
            case Expire e -> applier.expire(e.expiryId(), e.pendingId(), e.valueDate());
            case Control<?> c -> throw new IllegalStateException("control task inside a batch");
        };
    }

    private long clockMicros() {
        return Dates.toMicros(clock.instant());
    }

    private static long[] referencedIds(List<Task> batch) {
        TreeSet<Long> ids = new TreeSet<>();
        for (Task task : batch) {
            switch (task) {
                case Submit s -> {
                    for (TransactionRequest request : s.requests()) {
                        switch (request) {
                            case PostPending p -> ids.add(p.pendingId().value());
                            case VoidPending v -> ids.add(v.pendingId().value());
                            case Reversal r -> ids.add(r.originalId().value());
                            case Transfer t -> {}
                        }
                    }
                }
                case Expire e -> ids.add(e.pendingId());
                case RecordOnly r -> {}
                case Control<?> c -> {}
            }
        }
        return toArray(ids);
    }

    private static long[] accountIds(List<Task> batch, Map<Long, StoredTransaction> referenced) {
        long[] ids = new long[16];
        int n = 0;
        for (Task task : batch) {
            if (!(task instanceof Submit s)) {
                continue;
            }
            for (TransactionRequest request : s.requests()) {
                if (request instanceof Transfer t) {
                    for (Posting p : t.postings()) {
                        if (n + 2 > ids.length) {
                            ids = Arrays.copyOf(ids, ids.length * 2);
                        }
                        ids[n++] = p.debit().value();
                        ids[n++] = p.credit().value();
                    }
                }
            }
        }
        for (StoredTransaction t : referenced.values()) {
            for (StoredPosting p : t.postings()) {
                if (n + 2 > ids.length) {
                    ids = Arrays.copyOf(ids, ids.length * 2);
                }
                ids[n++] = p.debit();
                ids[n++] = p.credit();
            }
        }
        long[] sorted = Arrays.copyOf(ids, n);
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }

    private static long[] requestIds(List<Task> batch) {
        int count = 0;
        for (Task task : batch) {
            count += task instanceof Submit s ? s.requests().size() : 1;
        }
        long[] ids = new long[count];
        int n = 0;
        for (Task task : batch) {
            if (task instanceof Submit s) {
                for (TransactionRequest request : s.requests()) {
                    ids[n++] = request.id().value();
                }
            } else if (task instanceof Expire e) {
                ids[n++] = e.expiryId().value();
            }
        }
        return Arrays.copyOf(ids, n);
    }

    private static long[] toArray(Set<Long> ids) {
        long[] result = new long[ids.size()];
        int i = 0;
        for (long id : ids) {
            result[i++] = id;
        }
        return result;
    }

    private static CompletableFuture<Outcome> future(Task task) {
        return switch (task) {
            case Submit s -> s.future();
            case RecordOnly r -> r.future();
            case Expire e -> e.future();
            case Control<?> c -> throw new IllegalStateException("control task inside a batch");
        };
    }

    private static void fail(List<Task> batch, Throwable error) {
        for (Task task : batch) {
            future(task).completeExceptionally(error);
        }
    }

    private static boolean retriable(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.equals("23505") || state.equals("40001") || state.equals("40P01"))) {
            return true;
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_BUSY") || message.contains("UNIQUE constraint failed");
    }

    private void rollbackQuietly(Connection connection) {
        store.invalidate();
        try {
            store.rollback(connection);
        } catch (SQLException e) {
            LOG.warn("rollback failed: {}", e.getMessage());
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the writer connection failed: {}", e.getMessage());
        }
    }

    /** Stops taking work, finishes what is queued, and closes the writer connections. */
    @Override
    public void close() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (indexerThread != null) {
            indexerThread.interrupt();
            try {
                indexerThread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        completer.shutdown();
        try {
            completer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (checkpointer != null) {
            try {
                checkpointer.close();
            } catch (Exception e) {
                LOG.warn("final checkpoint failed: {}", e.getMessage());
            }
        }
    }
}
