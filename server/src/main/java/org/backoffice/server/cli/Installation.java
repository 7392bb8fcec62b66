package org.backoffice.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.backoffice.banking.Banking;
import org.backoffice.banking.BankingSettings;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.PasswordHasher;
import org.backoffice.securities.Securities;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.server.DatabaseUrl;
import org.backoffice.server.Modules;
import org.backoffice.server.PlatformBeans;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The platform opened straight on the database, without the server: what every command but
 * {@code serve} and {@code bench} works with. Passwords are hashed as the server hashes them, so
 * a password set here signs in there.
 */
final class Installation implements AutoCloseable {
    /** The command line acts as administrator on the machine itself; the audit log names it "cli". */
    static final Actor CLI = Actor.system("cli");

    private static final String INIT_HINT = "run backoffice init --profile bank first, or give --db";

    private final DatabaseUrl database;
    private final Modules modules;

    private Installation(DatabaseUrl database, Modules modules) {
        this.database = database;
        this.modules = modules;
    }

    /**
     * An installation {@code init} made before. A database that is missing, unreachable or not
     * initialised is refused with exit code 3, and nothing is created in it.
     */
    static Installation open(DatabaseUrl database) {
        requireInitialised(database);
        return new Installation(database, openModules(database, null));
    }

    /** For {@code init}: the database is created, and its tables, where they do not exist yet. */
    static Installation create(DatabaseUrl database, String profile) {
        return new Installation(database, openModules(database, profile));
    }

    static PasswordHasher hasher() {
        return PlatformBeans.hasher(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    Platform platform() {
        return modules.platform();
    }

    Banking banking() {
        return modules.banking();
    }

    Securities securities() {
        return modules.securities();
    }

    DatabaseUrl database() {
        return database;
    }

    @Override
    public void close() {
        modules.close();
    }

    private static Modules openModules(DatabaseUrl database, String profile) {
        try {
            return Modules.open(
                    PlatformConfig.of(LedgerConfig.of(database.url()), hasher()),
                    BankingSettings.defaults(),
                    SecuritiesSettings.defaults(),
                    profile);
        } catch (RuntimeException e) {
            throw CliError.database("cannot open " + database.display() + ": " + CliError.reason(e));
        }
    }

    private static void requireInitialised(DatabaseUrl database) {
        if (database.vendor().equals("sqlite")) {
            String file = sqliteFile(database.url());
            if (file.isEmpty() || file.contains(":memory:")) {
                throw CliError.database("an in-memory database holds no installation; give --db a file");
            }
            if (!Files.isRegularFile(Path.of(file))) {
                throw CliError.database("no database at " + file + "; " + INIT_HINT);
            }
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(database.url());
        } catch (SQLException e) {
            throw CliError.database("cannot connect to " + database.display() + ": " + CliError.reason(e));
        }
        try (connection;
                PreparedStatement select =
                        connection.prepareStatement("SELECT value FROM platform_settings WHERE name = 'profile'");
                ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw CliError.database(database.display() + " is not initialised; " + INIT_HINT);
            }
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if ("42P01".equals(e.getSQLState()) || message.contains("no such table")) {
                throw CliError.database(database.display() + " is not initialised; " + INIT_HINT);
            }
            throw CliError.database("cannot read " + database.display() + ": " + CliError.reason(e));
        }
    }

    private static String sqliteFile(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        int query = file.indexOf('?');
        return query < 0 ? file : file.substring(0, query);
    }
}
