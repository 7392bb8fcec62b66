package org.backoffice.platform.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.demo.DemoOrganisation;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.IdempotencyKey;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.User;

/** A platform on a scratch database, with the demo organisation loaded. */
public final class PlatformFixture implements AutoCloseable {
    private final ScratchDatabase database;
    private final Platform platform;

    private PlatformFixture(ScratchDatabase database, Platform platform) {
        this.database = database;
        this.platform = platform;
    }

    public static PlatformFixture withDemo(TestDatabase kind) {
        return withDemo(kind, Clock.systemUTC());
    }

    /** As {@link #withDemo(TestDatabase)}, on a clock of the test's choosing. */
    public static PlatformFixture withDemo(TestDatabase kind, Clock clock) {
        ScratchDatabase database = kind.create();
        Platform platform = Platform.open(PlatformConfig.of(database.config().withClock(clock), new Pbkdf2Hasher()));
        DemoOrganisation.loadInto(platform);
        return new PlatformFixture(database, platform);
    }

    public Platform platform() {
        return platform;
    }

    public String url() {
        return database.url();
    }

    public Actor actor(String username) {
        return platform.users().find(username).map(User::actor).orElseThrow();
    }

    public static JournalVoucher voucher(String debit, String credit, String amount) {
        long units = new BigDecimal(amount).movePointRight(2).longValueExact();
        return new JournalVoucher(
                "USD",
                "test entry",
                List.of(new JournalLine(debit, Side.DEBIT, units), new JournalLine(credit, Side.CREDIT, units)));
    }

    public static NewDocument journal(String branch, JournalVoucher voucher) {
        return new NewDocument(JournalVoucherKind.TYPE, branch, LocalDate.now(), voucher);
    }

    public DocumentResult post(String maker, String branch, String debit, String credit, String amount) {
        return platform.documents().create(actor(maker), journal(branch, voucher(debit, credit, amount)), true, null);
    }

    public DocumentResult post(String maker, String branch, JournalVoucher voucher, IdempotencyKey key) {
        return platform.documents().create(actor(maker), journal(branch, voucher), true, key);
    }

    /** Posted balance (debits minus credits) of a book account, in minor units. */
    public long balance(String number) {
        var account = platform.accounts().account(number).orElseThrow();
        var balance = platform.ledger().balance(account.ledgerId()).orElseThrow();
        return balance.debitsPosted() - balance.creditsPosted();
    }

    public long count(String table) {
        return Sql.count(platform.ledger().readers(), "SELECT COUNT(*) FROM " + table);
    }

    /** Rows counted by a query of its own, e.g. {@code SELECT COUNT(*) FROM documents WHERE branch = ?}. */
    public long rows(String sql, Object... args) {
        return Sql.count(platform.ledger().readers(), sql, args);
    }

    /** The first column of every row of a query, as text. */
    public List<String> strings(String sql, Object... args) {
        return Sql.query(platform.ledger().readers(), sql, rs -> rs.getString(1), args);
    }

    /** Changes the database behind the platform's back, on a connection of its own, as an intruder would. */
    public int tamper(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(database.url())) {
            return Sql.update(c, sql, args);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            platform.close();
        } finally {
            database.close();
        }
    }
}
