package org.backoffice.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to open a ledger.
 *
 * @param url {@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://...}
 * @param writers writer threads, each with its own connection; 1 for SQLite
 * @param maxBatch the most requests one database transaction takes
 * @param queueCapacity requests that may wait for a writer before submitters block
 * @param expiryInterval how often lapsed pending transfers are expired; zero to expire only when
 *     asked ({@link Ledger#expireDue()})
 * @param logRestartBytes on SQLite, the size past which the writer restarts the write-ahead log
 * @param indexStatements whether this engine fills the statement index; off, queries read the
 *     postings an engine left unindexed, and the next engine that indexes catches up
 * @param companion another module whose rows commit in the ledger's batches ({@link
 *     Ledger#submit(TransactionRequest, Object)}); null for none
 * @param readers pooled read connections for queries (and for other modules' reads)
 */
public record LedgerConfig(
        String url,
        Clock clock,
        int writers,
        int maxBatch,
        int queueCapacity,
        Duration expiryInterval,
        long logRestartBytes,
        boolean indexStatements,
        CommitCompanion companion,
        int readers) {
    public static final long DEFAULT_LOG_RESTART_BYTES = 64L * 1024 * 1024;

    public LedgerConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(expiryInterval, "expiryInterval");
        if (writers < 1 || writers > 16) {
            throw new IllegalArgumentException("writers: must be within 1..16, was " + writers);
        }
        if (url.startsWith("jdbc:sqlite:") && writers != 1) {
            throw new IllegalArgumentException("writers: SQLite has one writer, was " + writers);
        }
        if (maxBatch < 1 || maxBatch > 100_000) {
            throw new IllegalArgumentException("maxBatch: must be within 1..100000, was " + maxBatch);
        }
        if (queueCapacity < maxBatch) {
            throw new IllegalArgumentException("queueCapacity: must be at least maxBatch");
        }
        if (expiryInterval.isNegative()) {
            throw new IllegalArgumentException("expiryInterval: must not be negative");
        }
        if (readers < 2 || readers > 128) {
            throw new IllegalArgumentException("readers: must be within 2..128, was " + readers);
        }
        if (logRestartBytes < 1024 * 1024) {
            throw new IllegalArgumentException("logRestartBytes: must be at least 1 MiB, was " + logRestartBytes);
        }
    }

    /**
     * Defaults for a database URL: one writer. Batches are numbered in commit order under one row
     * lock, so a second writer in the same process only waits; on PostgreSQL the statement indexer
     * works beside the writer on a connection of its own.
     */
    public static LedgerConfig of(String url) {
        return new LedgerConfig(
                url,
                Clock.systemUTC(),
                1,
                8192,
                65_536,
                Duration.ofSeconds(1),
                DEFAULT_LOG_RESTART_BYTES,
                true,
                null,
                4);
    }

    public static LedgerConfig sqlite(Path file) {
        return of("jdbc:sqlite:" + file);
    }

    public LedgerConfig withClock(Clock newClock) {
        return new LedgerConfig(
                url,
                newClock,
                writers,
                maxBatch,
                queueCapacity,
                expiryInterval,
                logRestartBytes,
                indexStatements,
                companion,
                readers);
    }

    public LedgerConfig withWriters(int newWriters) {
        return new LedgerConfig(
                url,
                clock,
                newWriters,
                maxBatch,
                queueCapacity,
                expiryInterval,
                logRestartBytes,
                indexStatements,
                companion,
                readers);
    }

    public LedgerConfig withMaxBatch(int newMaxBatch) {
        return new LedgerConfig(
                url,
                clock,
                writers,
                newMaxBatch,
                Math.max(queueCapacity, newMaxBatch),
                expiryInterval,
                logRestartBytes,
                indexStatements,
                companion,
                readers);
    }

    public LedgerConfig withExpiryInterval(Duration interval) {
        return new LedgerConfig(
                url,
                clock,
                writers,
                maxBatch,
                queueCapacity,
                interval,
                logRestartBytes,
                indexStatements,
                companion,
                readers);
    }

    public LedgerConfig withStatementIndexing(boolean enabled) {
        return new LedgerConfig(
                url,
                clock,
                writers,
                maxBatch,
                queueCapacity,
                expiryInterval,
                logRestartBytes,
                enabled,
                companion,
                readers);
    }

    public LedgerConfig withLogRestartBytes(long bytes) {
        return new LedgerConfig(
                url,
                clock,
                writers,
                maxBatch,
                queueCapacity,
                expiryInterval,
                bytes,
                indexStatements,
                companion,
                readers);
    }

    /** Commits the companion's rows in the ledger's batches; null for none. */
    public LedgerConfig withCompanion(CommitCompanion newCompanion) {
        return new LedgerConfig(
                url,
                clock,
                writers,
                maxBatch,
                queueCapacity,
                expiryInterval,
                logRestartBytes,
                indexStatements,
                newCompanion,
                readers);
    }

    /** The size of the pool of read connections. */
    public LedgerConfig withReaders(int newReaders) {
        return new LedgerConfig(
                url,
                clock,
                writers,
                maxBatch,
                queueCapacity,
                expiryInterval,
                logRestartBytes,
                indexStatements,
                companion,
                newReaders);
    }
}
