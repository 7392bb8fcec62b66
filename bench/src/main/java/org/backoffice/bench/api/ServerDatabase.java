package org.backoffice.bench.api;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fresh, empty database for the server the benchmark starts. */
final class ServerDatabase {
    /** The SQLite file's name; its write-ahead log and shared memory files start with it too. */
    static final String SQLITE_FILE = "backoffice.db";

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]+)(\\?.*)?");
    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";

    private ServerDatabase() {}

    /** A new SQLite file in {@code dir}. */
    static String sqlite(Path dir) {
        return "jdbc:sqlite:" + dir.toAbsolutePath().resolve(SQLITE_FILE);
    }

    /**
     * The database at {@code url}, created if missing, with {@code schema} dropped and created
     * again: the URL the server gets, which selects that schema.
     */
    static String postgres(String url, String schema) {
        createDatabaseIfMissing(url);
        execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        execute(url, "CREATE SCHEMA " + schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void createDatabaseIfMissing(String url) {
        try {
            DriverManager.getConnection(url).close();
            return;
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                throw new IllegalStateException("PostgreSQL at " + redact(url) + ": " + e.getMessage(), e);
            }
        }
        Matcher parts = POSTGRES_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("PostgreSQL: the database in " + redact(url)
                    + " does not exist, and the URL does not name it in a way this bench can create");
        }
        String maintenance = parts.group(1) + "postgres" + (parts.group(3) == null ? "" : parts.group(3));
        String name = parts.group(2).replace("\"", "\"\"");
        try (Connection c = DriverManager.getConnection(maintenance);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException(
                        "PostgreSQL: cannot create database " + name + ": " + e.getMessage(), e);
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + redact(url) + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The URL without its query string, where PostgreSQL URLs carry the password. */
    static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
