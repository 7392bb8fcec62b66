package org.backoffice.ledger.internal.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The ledger's database: migrates the schema on open, hands out the writer's connections and pools
 * readers. SQLite for the embedded default, PostgreSQL by URL.
 */
public final class Database implements AutoCloseable {
    public enum Vendor {
        SQLITE,
        POSTGRESQL
    }

    private final String url;
    private final Vendor vendor;
    private final HikariDataSource readers;
    private final Path wal;

    private Database(String url, Vendor vendor, HikariDataSource readers) {
        this.url = url;
        this.vendor = vendor;
        this.readers = readers;
        this.wal = vendor == Vendor.SQLITE
                ? sqliteFile(url).map(file -> Path.of(file + "-wal")).orElse(null)
                : null;
    }

    public static Database open(String url, int readerPoolSize) {
        Vendor vendor = vendorOf(url);
        if (vendor == Vendor.SQLITE) {
            createParentDirectory(url);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setDataSourceProperties(properties(vendor));
        config.setMaximumPoolSize(readerPoolSize);
        config.setMinimumIdle(1);
        config.setPoolName("ledger-readers");
        if (vendor == Vendor.POSTGRESQL) {
            // Tables grow from empty within a day: a generic plan cached while a table was small
            // keeps scanning it whole once it is large. Readers plan each query for its values.
            config.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
        }
        config.setInitializationFailTimeout(10_000);
        HikariDataSource readers = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(readers)
                    .locations(
                            "classpath:db/ledger/common",
                            "classpath:db/ledger/" + vendor.name().toLowerCase())
                    .table("ledger_schema_history")
                    // Other modules' tables may share the database: start this history at zero beside them.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            readers.close();
            throw e;
        }
        return new Database(url, vendor, readers);
    }

    public static Vendor vendorOf(String url) {
        if (url == null) {
            throw new IllegalArgumentException("database url: must be given");
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return Vendor.SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Vendor.POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "database url: must start with jdbc:sqlite: or jdbc:postgresql:, was " + redact(url));
    }

    /** The URL without its query string, which may carry a password. */
    public static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    public Vendor vendor() {
        return vendor;
    }

    public DataSource readers() {
        return readers;
    }

    public BatchStore batchStore() {
        return vendor == Vendor.SQLITE ? new SqliteBatchStore() : new PostgresBatchStore();
    }

    /** A connection for a writer thread: autocommit off on PostgreSQL, explicit BEGIN on SQLite. */
    public Connection openWriter() throws SQLException {
        Connection connection = DriverManager.getConnection(url, properties(vendor));
        try (Statement s = connection.createStatement()) {
            if (vendor == Vendor.POSTGRESQL) {
                connection.setAutoCommit(false);
                s.execute("SET synchronous_commit = on");
            } else {
                // Checkpoints run on the checkpointer's connection, off the writer's path.
                s.execute("PRAGMA wal_autocheckpoint = 0");
                s.execute("PRAGMA temp_store = MEMORY");
            }
        }
        return connection;
    }

    /**
     * On SQLite, copies committed pages from the write-ahead log into the database file every
     * {@code intervalMillis}, on a connection of its own; null on PostgreSQL.
     */
    public AutoCloseable startCheckpointer(long intervalMillis) throws SQLException {
        if (vendor != Vendor.SQLITE) {
            return null;
        }
        Connection connection = DriverManager.getConnection(url, properties(vendor));
        Thread thread = new Thread(
                () -> {
                    Path wal =
                            sqliteFile(url).map(file -> Path.of(file + "-wal")).orElse(null);
                    try (Statement s = connection.createStatement()) {
                        while (!Thread.currentThread().isInterrupted()) {
                            Thread.sleep(intervalMillis);
                            try {
                                checkpoint(s, "PASSIVE");
                            } catch (SQLException e) {
                                org.slf4j.LoggerFactory.getLogger(Database.class)
                                        .warn("WAL checkpoint failed, will retry: {}", e.getMessage());
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (SQLException e) {
                        org.slf4j.LoggerFactory.getLogger(Database.class)
                                .warn("WAL checkpointer stopped: {}", e.getMessage());
                    }
                },
                "ledger-checkpointer");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            thread.interrupt();
            thread.join(10_000);
            try (Statement s = connection.createStatement()) {
                checkpoint(s, "TRUNCATE");
            } finally {
                connection.close();
            }
        };
    }

    private static Properties properties(Vendor vendor) {
        if (vendor == Vendor.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(30_000);
            config.enforceForeignKeys(true);
            config.setCacheSize(-131_072);
            config.setPageSize(16_384);
            return config.toProperties();
        }
        Properties properties = new Properties();
        properties.setProperty("reWriteBatchedInserts", "true");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    /**
     * On SQLite, called by the writer between batches: under steady writing a passive checkpoint
     * never finds the log fully copied, so the log would only grow and every page read would search
     * a longer log index. Past a size, the writer copies the rest itself and starts the log afresh.
     */
    public void restartLogIfLarge(Connection writer, long limitBytes) throws SQLException {
        if (wal == null) {
            return;
        }
        try {
            if (Files.size(wal) <= limitBytes) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        try (Statement s = writer.createStatement()) {
            checkpoint(s, "TRUNCATE");
        }
    }

    /**
     * Runs a checkpoint and reads its result to the end: a result left open would keep a read
     * transaction, and with it the log, from moving on.
     */
    private static void checkpoint(Statement statement, String mode) throws SQLException {
        try (java.sql.ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
            while (rs.next()) {
                // busy, log frames, checkpointed frames
            }
        }
    }

    /** The database file of a SQLite URL; empty for in-memory and URI forms. */
    private static java.util.Optional<Path> sqliteFile(String url) {
        String path = url.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(path).toAbsolutePath());
    }

    private static void createParentDirectory(String url) {
        java.util.Optional<Path> file = sqliteFile(url);
        if (file.isEmpty()) {
            return;
        }
        Path parent = file.get().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "database url: cannot create directory " + parent + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        readers.close();
    }
}
