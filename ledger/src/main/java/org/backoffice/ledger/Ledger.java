package org.backoffice.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.backoffice.ledger.internal.Dates;
import org.backoffice.ledger.internal.GroupCommitWriter;
import org.backoffice.ledger.internal.WriterStats;
import org.backoffice.ledger.internal.store.Database;
import org.backoffice.ledger.internal.store.LedgerAdmin;
import org.backoffice.ledger.internal.store.LedgerReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The posting engine: a multi-asset double-entry ledger. Submit requests and get futures that
 * complete once the outcome is durable; query balances, statements and trial balances.
 */
public final class Ledger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    /** Nodes 768..1023 of {@link TransactionIds} are the engines' own (expiries); 0..767 are for submitters. */
    private static final int ENGINE_NODES_FROM = 768;

    private static final int EXPIRY_SCAN_LIMIT = 10_000;
    private static final long EXPIRY_SCAN_MARGIN_MICROS = 60_000_000L;

    private final LedgerConfig config;
    private final Database database;
    private final GroupCommitWriter writer;
    private final LedgerReader reader;
    private final LedgerAdmin admin;
    private final TransactionIds engineIds;
    private final ScheduledExecutorService expiry;
    private long expiryWatermark;

    private Ledger(LedgerConfig config, Database database) {
        this.config = config;
        this.database = database;
        this.writer = new GroupCommitWriter(
                database,
                config.clock(),
                config.companion(),
                config.writers(),
                config.maxBatch(),
                config.queueCapacity(),
                config.logRestartBytes(),
                config.indexStatements());
        this.reader = new LedgerReader(database.readers());
        this.admin = new LedgerAdmin(database.vendor());
        // Engines sharing a database pick different nodes for their own ids, most likely.
        this.engineIds = new TransactionIds(
                config.clock(), ENGINE_NODES_FROM + new java.security.SecureRandom().nextInt(1024 - ENGINE_NODES_FROM));
        if (config.expiryInterval().isZero()) {
            this.expiry = null;
        } else {
            this.expiry = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ledger-expiry");
                t.setDaemon(true);
                return t;
            });
            long millis = config.expiryInterval().toMillis();
            expiry.scheduleWithFixedDelay(this::expireQuietly, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Opens the ledger, migrating its schema to the current version. */
    public static Ledger open(LedgerConfig config) {
        Database database = Database.open(config.url(), config.readers());
        try {
            return new Ledger(config, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public LedgerConfig config() {
        return config;
    }

    /** Submits a request; the future completes with its outcome after the batch is committed. */
    public CompletableFuture<Outcome> submit(TransactionRequest request) {
        return submit(request, null);
    }

    /**
     * Submits a request with rows of another module: the {@linkplain LedgerConfig#companion() commit
     * companion} checks the attachment before the ledger applies the request and writes it in the same
     * database transaction if the request is accepted (not on a replay).
     *
     * @param attachment what the companion is handed; null for none, as {@link #submit(TransactionRequest)}
     */
    public CompletableFuture<Outcome> submit(TransactionRequest request, Object attachment) {
        if (request == null) {
            throw new IllegalArgumentException("request: must be given");
        }
        if (attachment != null) {
            requireCompanion();
        }
        return writer.submit(request, attachment);
    }

    /**
     * Submits linked requests that apply as one, as a pending settlement posted in part whose rest is
     * reserved again: every step is accepted, or none is and the outcome is the first rejection, with
     * the chain's first id and a detail naming the step. Later steps may refer to earlier ones (a
     * pending transfer reserved in step one and posted in step two). The outcome carries the first
     * step's id and is a replay when every step is stored already.
     *
     * @param attachment what the companion is handed once for the whole chain; null for none
     */
    public CompletableFuture<Outcome> submitLinked(List<? extends TransactionRequest> requests, Object attachment) {
        if (requests == null || requests.isEmpty()) {
            throw new IllegalArgumentException("requests: at least one must be given");
        }
        java.util.Set<TransactionId> ids = new java.util.HashSet<>();
        for (TransactionRequest request : requests) {
            if (request == null) {
                throw new IllegalArgumentException("requests: none may be null");
            }
            if (!ids.add(request.id())) {
                throw new IllegalArgumentException("requests: id " + request.id() + " is used twice in one chain");
            }
        }
        if (attachment != null) {
            requireCompanion();
        }
        return writer.submitLinked(List.copyOf(requests), attachment);
    }

    /**
     * Commits rows of another module, without a ledger movement, in the ledger's next batch: the
     * companion checks and writes the attachment as for a request. Nothing is stored in the ledger.
     *
     * @param id the submitter's id for the outcome; the ledger neither stores nor checks it
     * @return {@link Outcome.Accepted} (never a replay) or {@link Outcome.Rejected} with {@link
     *     RejectionReason#PRECONDITION_FAILED}
     * @throws IllegalStateException when the ledger has no commit companion
     */
    public CompletableFuture<Outcome> record(TransactionId id, Object attachment) {
        if (id == null || attachment == null) {
            throw new IllegalArgumentException("id, attachment: must be given");
        }
        requireCompanion();
        return writer.record(id, attachment);
    }

    private void requireCompanion() {
        if (config.companion() == null) {
            throw new IllegalStateException("an attachment needs a commit companion: see LedgerConfig.withCompanion");
        }
    }

    public List<CompletableFuture<Outcome>> submitAll(List<? extends TransactionRequest> requests) {
        List<CompletableFuture<Outcome>> futures = new ArrayList<>(requests.size());
        for (TransactionRequest request : requests) {
            futures.add(submit(request));
        }
        return futures;
    }

    /** Submits and waits for the durable outcome. */
    public Outcome execute(TransactionRequest request) {
        return await(submit(request));
    }

    public void defineAsset(Asset asset) {
        if (asset == null) {
            throw new IllegalArgumentException("asset: must be given");
        }
        await(writer.control(c -> {
            admin.defineAsset(c, asset);
            return asset;
        }));
    }

    public Optional<Asset> asset(AssetCode code) {
        return reader.asset(code);
    }

    public void openAccount(OpenAccount account) {
        if (account == null) {
            throw new IllegalArgumentException("account: must be given");
        }
        long now = Dates.toMicros(config.clock().instant());
        await(writer.control(c -> {
            admin.openAccount(c, account, now);
            return account;
        }));
    }

    /** Opens many accounts in one database transaction; as {@link #openAccount} for each. */
    public void openAccounts(List<OpenAccount> accounts) {
        if (accounts == null || accounts.contains(null)) {
            throw new IllegalArgumentException("accounts: must be given, without gaps");
        }
        long now = Dates.toMicros(config.clock().instant());
        await(writer.control(c -> {
            for (OpenAccount account : accounts) {
                admin.openAccount(c, account, now);
            }
            return accounts.size();
        }));
    }

    /** Closes an account whose balance is zero and that has nothing pending; a closed account refuses postings. */
    public AccountClosing closeAccount(AccountId account) {
        String refusal = await(writer.control(c -> admin.closeAccount(c, account.value())));
        return refusal == null ? new AccountClosing.Closed(account) : new AccountClosing.Refused(account, refusal);
    }

    /**
     * Closes the period that ends on {@code periodEnd}: from now on no posting may carry a value
     * date on or before it. Snapshots every account's posted balance as of that day.
     */
    public void closePeriod(LocalDate periodEnd) {
        if (periodEnd == null) {
            throw new IllegalArgumentException("periodEnd: must be given");
        }
        int today = Dates.toInt(
                LocalDate.ofInstant(config.clock().instant(), config.clock().getZone()));
        long now = Dates.toMicros(config.clock().instant());
        await(writer.control(c -> {
            admin.closePeriod(c, Dates.toInt(periodEnd), today, now);
            return periodEnd;
        }));
    }

    /** The last day of the last closed period, if any. */
    public Optional<LocalDate> closedThrough() {
        int closed = reader.closedThrough();
        return closed == 0 ? Optional.empty() : Optional.of(Dates.toDate(closed));
    }

    public Optional<Account> account(AccountId id) {
        return reader.account(id);
    }

    public Optional<Balance> balance(AccountId id) {
        return reader.balance(id);
    }

    /** The balances of several accounts at once, by id; accounts that do not exist are left out. */
    public java.util.Map<AccountId, Balance> balances(java.util.Collection<AccountId> ids) {
        return reader.balances(ids);
    }

    /** The balance at the end of {@code date} by value date, posted and pending. */
    public Optional<Balance> balanceAsOf(AccountId id, LocalDate date) {
        return reader.balanceAsOf(id, date);
    }

    public StatementPage statement(StatementQuery query) {
        return reader.statement(query);
    }

    /** Posted balances of every account now. */
    public TrialBalance trialBalance() {
        return reader.trialBalance(
                LocalDate.ofInstant(config.clock().instant(), config.clock().getZone()));
    }

    /** Posted balances of every account at the end of {@code date} by value date. */
    public TrialBalance trialBalanceAsOf(LocalDate date) {
        return reader.trialBalanceAsOf(date);
    }

    /**
     * Every account's posted totals before {@code from} and within [{@code from}, {@code to}], by
     * value date: the turnover trial balance's figures, in one query.
     */
    public Turnover turnover(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from, to: must be given");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from: must not be after to, was " + from + " > " + to);
        }
        return reader.turnover(from, to);
    }

    /** One account's posted debits and credits per value date within [{@code from}, {@code to}]. */
    public List<DailyMovement> dailyMovements(AccountId account, LocalDate from, LocalDate to) {
        if (account == null || from == null || to == null) {
            throw new IllegalArgumentException("account, from, to: must be given");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from: must not be after to, was " + from + " > " + to);
        }
        return reader.dailyMovements(account, from, to);
    }

    public Optional<TransactionRecord> transaction(TransactionId id) {
        return reader.transaction(id);
    }

    /** The movements posted for a source document, in booking order. */
    public List<TransactionRecord> movementsOf(String reference) {
        return reader.byReference(reference);
    }

    /**
     * Expires every pending transfer whose timeout has passed and waits for it.
     *
     * @return how many were expired
     */
    public synchronized int expireDue() {
        long now = Dates.toMicros(config.clock().instant());
        List<Long> due = reader.duePendings(expiryWatermark, now, EXPIRY_SCAN_LIMIT);
        int today = Dates.toInt(
                LocalDate.ofInstant(config.clock().instant(), config.clock().getZone()));
        List<CompletableFuture<Outcome>> futures = new ArrayList<>();
        for (long pendingId : due) {
            futures.add(writer.expire(engineIds.next(), pendingId, today));
        }
        int expired = 0;
        for (CompletableFuture<Outcome> future : futures) {
            if (await(future).accepted()) {
                expired++;
            }
        }
        if (due.size() < EXPIRY_SCAN_LIMIT) {
            // Everything due by now is resolved; later scans start a margin before now, for pending
            // transfers booked by another engine whose clock runs behind.
            expiryWatermark = Math.max(expiryWatermark, now - EXPIRY_SCAN_MARGIN_MICROS);
        }
        return expired;
    }

    private void expireQuietly() {
        try {
            int expired = expireDue();
            if (expired > 0) {
                LOG.info("expired {} pending transfers", expired);
            }
        } catch (RuntimeException e) {
            LOG.warn("expiring pending transfers failed: {}", e.getMessage());
        }
    }

    /**
     * Committed batches not yet in the statement index. Queries are complete regardless; a growing
     * lag means the indexer falls behind the writer.
     */
    public long statementIndexLag() {
        return reader.statementIndexLag();
    }

    /** Counters of the group-commit writer. */
    public WriterSnapshot writerStats() {
        WriterStats stats = writer.stats();
        return new WriterSnapshot(
                stats.batches(),
                stats.requests(),
                stats.transactionsStored(),
                stats.retries(),
                stats.averageBatchSize(),
                stats.averageBatchMillis(),
                stats.phases());
    }

    /** Work on the ledger's database, run by {@link #change}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} alone in a database transaction on the writer's connection, between batches,
     * and commits it; if it throws, the transaction is rolled back. For other modules' schema and
     * changes outside a batch. The work must not commit, roll back or change the connection's
     * settings, and must not wait for the ledger (its writer is the thread running the work).
     *
     * @return what the work returned
     * @throws LedgerStorageException wrapping the work's {@link SQLException}; any other exception of
     *     the work as it was thrown
     */
    public <T> T change(SqlWork<T> work) {
        if (work == null) {
            throw new IllegalArgumentException("work: must be given");
        }
        return await(writer.control(work::run));
    }

    /**
     * The ledger's pool of reading connections, for other modules' queries beside the ledger's. The
     * pool is small and shared with the ledger's own queries: hold a connection briefly. The
     * connections are not read-only (on SQLite, too: the schema migrates through them), but a write
     * through them bypasses the writer and, on SQLite, waits for the database's one write lock;
     * write through {@link #change} or a {@link CommitCompanion}.
     */
    public DataSource readers() {
        return database.readers();
    }

    /** The database: {@code "sqlite"} or {@code "postgresql"}. */
    public String vendor() {
        return database.vendor().name().toLowerCase(Locale.ROOT);
    }

    /** Raw posted and pending totals per account id: for invariant checks and reconciliation. */
    public java.util.Map<Long, long[]> rawBalances() {
        return reader.allBalances();
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the ledger", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CompletionException(cause);
        }
    }

    @Override
    public void close() {
        if (expiry != null) {
            expiry.shutdownNow();
        }
        writer.close();
        database.close();
    }
}
