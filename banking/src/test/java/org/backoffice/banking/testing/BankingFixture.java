package org.backoffice.banking.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.banking.Banking;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.ClientKind;
import org.backoffice.banking.client.NewClient;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.testing.MutableClock;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.demo.DemoOrganisation;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.User;
import org.backoffice.platform.testing.Pbkdf2Hasher;

/**
 * A bank on a scratch database: the demo organisation and users, the banking module on top, and a
 * clock the test moves. Starts on Wednesday 2026-11-25 at 10:00 London time, before the cut-off.
 */
public final class BankingFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private final ScratchDatabase database;
    private final MutableClock clock;
    private final Platform platform;
    private final Banking banking;

    private BankingFixture(ScratchDatabase database, MutableClock clock, Platform platform, Banking banking) {
        this.database = database;
        this.clock = clock;
        this.platform = platform;
        this.banking = banking;
    }

    public static BankingFixture open(TestDatabase kind) {
        return open(kind, BankingSettings.defaults());
    }

    public static BankingFixture open(TestDatabase kind, BankingSettings settings) {
        ScratchDatabase database = kind.create();
        MutableClock clock = new MutableClock(START);
        Banking banking =
                Banking.open(PlatformConfig.of(database.config().withClock(clock), new Pbkdf2Hasher()), settings);
        try {
            DemoOrganisation.loadInto(banking.platform());
            return new BankingFixture(database, clock, banking.platform(), banking);
        } catch (RuntimeException e) {
            banking.close();
            database.close();
            throw e;
        }
    }

    public Banking banking() {
        return banking;
    }

    public Platform platform() {
        return platform;
    }

    public MutableClock clock() {
        return clock;
    }

    public String url() {
        return database.url();
    }

    public Actor actor(String username) {
        return platform.users().find(username).map(User::actor).orElseThrow();
    }

    public LocalDate today() {
        return banking.payments().valueDates().today();
    }

    public Client person(String branch, String given, String family) {
        return banking.clients()
                .create(
                        actor(branch.equals("HO") ? "operator.ho" : "operator." + branch.toLowerCase()),
                        new NewClient(
                                ClientKind.PERSON,
                                branch,
                                given,
                                family,
                                LocalDate.of(1980, 5, 17),
                                null,
                                "P" + Math.abs((given + family).hashCode()),
                                "TX1",
                                null,
                                "1 High Street, London",
                                "GB",
                                null,
                                null));
    }

    public CustomerAccount account(Client client, String currency, String product) {
        String clerk = client.branch().equals("HO")
                ? "operator.ho"
                : "operator." + client.branch().toLowerCase();
        return banking.accounts().open(actor(clerk), new OpenCustomerAccount(client.id(), currency, product));
    }

    /**
     * Credits the account from its branch's suspense account by a journal voucher an accountant posts; {@code amount}
     * is decimal text in the account's currency.
     */
    public void fund(CustomerAccount account, String amount) {
        long units = Amount.parse(
                        "amount",
                        amount,
                        platform.accounts().asset(account.currency()).orElseThrow())
                .units();
        String suspense = HouseAccounts.number(account.branch(), HouseAccounts.SUSPENSE, account.currency());
        JournalVoucher voucher = new JournalVoucher(
                account.currency(),
                "opening deposit",
                List.of(
                        new JournalLine(suspense, Side.DEBIT, units),
                        new JournalLine(account.bookNumber(), Side.CREDIT, units)));
        String branch = account.branch().toLowerCase(java.util.Locale.ROOT);
        var result = platform.documents()
                .create(
                        actor("operator." + branch),
                        new NewDocument(JournalVoucherKind.TYPE, account.branch(), today(), voucher),
                        true,
                        null);
        if (result.document().status() != org.backoffice.platform.document.DocumentStatus.POSTED) {
            platform.documents()
                    .approve(actor("controller." + branch), result.document().id(), "funding");
        }
    }

    /** The account's posted balance in minor units, on its normal (credit) side. */
    public long balance(CustomerAccount account) {
        return platform.ledger()
                .balance(org.backoffice.ledger.AccountId.of(account.ledgerId()))
                .orElseThrow()
                .posted();
    }

    /** A book account's posted balance on its normal side. */
    public long balance(String bookNumber) {
        var book = platform.accounts().account(bookNumber).orElseThrow();
        return platform.ledger().balance(book.ledgerId()).orElseThrow().posted();
    }

    public long rows(String sql, Object... args) {
        return Sql.count(platform.ledger().readers(), sql, args);
    }

    /** Changes the database behind the bank's back, as an intruder or a crash would. */
    public int tamper(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(database.url())) {
            return Sql.update(c, sql, args);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The violations {@code backoffice check} finds under its rules whose name contains {@code about}. */
    public List<String> violations(String about) {
        List<String> found = new java.util.ArrayList<>();
        for (var rule : platform.consistency().run().rules()) {
            if (rule.name().contains(about) && rule.violations() > 0) {
                found.add(rule.name() + ": " + rule.examples());
            }
        }
        return found;
    }

    /** Whether the tests run on PostgreSQL (else SQLite). */
    public boolean postgres() {
        return database.url().startsWith("jdbc:postgresql:");
    }

    @Override
    public void close() {
        try {
            banking.close();
        } finally {
            database.close();
        }
    }
}
