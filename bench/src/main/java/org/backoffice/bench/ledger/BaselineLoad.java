package org.backoffice.bench.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.backoffice.bench.report.Latency;
import org.sqlite.SQLiteConfig;

/**
 * The conventional design, for comparison: one database transaction per transfer that locks both
 * balances ({@code SELECT ... FOR UPDATE} in id order), updates both and inserts the transfer, as
 * pgbench's TPC-B does. Each client has its own connection and one transfer in flight.
 */
final class BaselineLoad {
    private final String url;
    private final boolean sqlite;
    private final BenchOptions options;
    private final Recorder latency = new Recorder(3);
    private final LongAdder committed = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final AtomicLong ids = new AtomicLong();

    BaselineLoad(String url, BenchOptions options) {
        this.url = url;
        this.sqlite = url.startsWith("jdbc:sqlite:");
        this.options = options;
    }

    void prepare() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE baseline_balances (id BIGINT PRIMARY KEY, balance BIGINT NOT NULL)");
            s.execute("CREATE TABLE baseline_transfers (id BIGINT PRIMARY KEY, debit_id BIGINT NOT NULL,"
                    + " credit_id BIGINT NOT NULL, amount BIGINT NOT NULL, booked_at BIGINT NOT NULL)");
            c.setAutoCommit(false);
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO baseline_balances (id, balance) VALUES (?, 0)")) {
                for (int i = 0; i < options.accounts(); i++) {
                    ps.setLong(1, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    LoadResult run() throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < options.clients(); c++) {
            int client = c;
            Thread thread = new Thread(
                    () -> {
                        try {
                            transferUntil(stop, client);
                        } catch (SQLException | RuntimeException e) {
                            errors.add(e);
                        }
                    },
                    "baseline-client-" + c);
            thread.setDaemon(true);
            clients.add(thread);
        }
        clients.forEach(Thread::start);
        Thread.sleep(Math.min(options.warmupSeconds(), 2) * 1000L);
        latency.getIntervalHistogram();
        long start = committed.sum();
        long started = System.nanoTime();
        Thread.sleep(options.baselineSeconds() * 1000L);
        long count = committed.sum() - start;
        double seconds = (System.nanoTime() - started) / 1e9;
        Histogram histogram = latency.getIntervalHistogram();
        stop.set(true);
        for (Thread thread : clients) {
            thread.join();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("baseline failed: " + errors.get(0).getMessage(), errors.get(0));
        }
        return new LoadResult(count, 0, seconds, Latency.ofNanos(histogram));
    }

    private void transferUntil(AtomicBoolean stop, int client) throws SQLException {
        SplittableRandom random = new SplittableRandom(client * 104_729L + 3);
        int[] pair = new int[2];
        long sequence = client;
        try (Connection c = connect()) {
            c.setAutoCommit(!sqlite ? false : true);
            String lock = "SELECT id, balance FROM baseline_balances WHERE id IN (?, ?) ORDER BY id"
                    + (sqlite ? "" : " FOR UPDATE");
            try (PreparedStatement select = c.prepareStatement(lock);
                    PreparedStatement update =
                            c.prepareStatement("UPDATE baseline_balances SET balance = ? WHERE id = ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO baseline_transfers"
                            + " (id, debit_id, credit_id, amount, booked_at) VALUES (?, ?, ?, ?, ?)");
                    Statement control = c.createStatement()) {
                while (!stop.get()) {
                    options.scenario().pick(random, options.accounts(), sequence, pair);
                    sequence += options.clients();
                    long amount = 1 + random.nextInt(10_000);
                    long started = System.nanoTime();
                    while (true) {
                        try {
                            transfer(c, control, select, update, insert, pair, amount);
                            break;
                        } catch (SQLException e) {
                            rollback(c, control);
                            if (!retriable(e)) {
                                throw e;
                            }
                            retried.increment();
                        }
                    }
                    latency.recordValue(System.nanoTime() - started);
                    committed.increment();
                }
            }
        }
    }

    private void transfer(
            Connection c,
            Statement control,
            PreparedStatement select,
            PreparedStatement update,
            PreparedStatement insert,
            int[] pair,
            long amount)
            throws SQLException {
        if (sqlite) {
            control.execute("BEGIN IMMEDIATE");
        }
        long debit = pair[0];
        long credit = pair[1];
        select.setLong(1, Math.min(debit, credit));
        select.setLong(2, Math.max(debit, credit));
        long debitBalance = 0;
        long creditBalance = 0;
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                if (rs.getLong(1) == debit) {
                    debitBalance = rs.getLong(2);
                } else {
                    creditBalance = rs.getLong(2);
                }
            }
        }
        update.setLong(1, debitBalance + amount);
        update.setLong(2, debit);
        update.executeUpdate();
        update.setLong(1, creditBalance - amount);
        update.setLong(2, credit);
        update.executeUpdate();
        insert.setLong(1, ids.incrementAndGet());
        insert.setLong(2, debit);
        insert.setLong(3, credit);
        insert.setLong(4, amount);
        insert.setLong(5, System.currentTimeMillis() * 1000);
        insert.executeUpdate();
        if (sqlite) {
            control.execute("COMMIT");
        } else {
            c.commit();
        }
    }

    private void rollback(Connection c, Statement control) {
        try {
            if (sqlite) {
                control.execute("ROLLBACK");
            } else {
                c.rollback();
            }
        } catch (SQLException e) {
            // nothing was open
        }
    }

    private static boolean retriable(SQLException e) {
        String state = e.getSQLState();
        String message = String.valueOf(e.getMessage());
        return "40P01".equals(state)
                || "40001".equals(state)
                || message.contains("SQLITE_BUSY")
                || message.contains("database is locked");
    }

    private Connection connect() throws SQLException {
        if (sqlite) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(60_000);
            return DriverManager.getConnection(url, config.toProperties());
        }
        return DriverManager.getConnection(url);
    }
}
