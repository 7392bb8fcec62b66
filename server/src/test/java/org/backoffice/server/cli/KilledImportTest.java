package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.banking.Banking;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.ClientKind;
import org.backoffice.banking.client.NewClient;
import org.backoffice.banking.message.ClearingCsv;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.ledger.testing.ChildJvm;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.securities.message.ExecKind;
import org.backoffice.securities.message.FixFill;
import org.backoffice.securities.message.FixLogWriter;
import org.backoffice.securities.message.Side;
import org.backoffice.server.DatabaseUrl;
import org.backoffice.server.securities.SecuritiesData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real {@code backoffice import} process is killed (SIGKILL) at random moments in the middle of
 * a 100,000-item import (a clearing file, a venue's drop copy), then run again until it finishes. Afterwards {@code backoffice check}
 * is clean and every item is posted exactly once: a crash at any instant leaves each operation
 * whole or absent, and a rerun posts nothing twice.
 */
class KilledImportTest {
    private static final int ITEMS = 100_000;
    private static final int KILLS = 3;
    private static final int ACCOUNTS = 40;
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void aClearingFileKilledMidImportIsPostedOnceWhenRunAgain(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = kind.create()) {
            String url = db.url();
            assertThat(Cli.on(url, "init", "--profile", "bank").exit()).isZero();
            List<String> ibans = openAccounts(url);
            SplittableRandom random = new SplittableRandom(kind.ordinal() * 31L + 7);
            Map<String, Long> expected = new TreeMap<>();
            Path file = dir.resolve("incoming.csv");
            Files.writeString(file, clearingFile(ibans, random, expected), StandardCharsets.UTF_8);

            List<String> command = List.of("import", "clearing-file", file.toString(), "--format", "csv", "--db", url);
            int killed = 0;
            for (int attempt = 0; attempt < KILLS; attempt++) {
                long before = count(url, "ledger_transactions");
                long target = before + 1 + random.nextLong(ITEMS / KILLS);
                if (killMidWay(command, url, "ledger_transactions", target, attempt)) {
                    killed++;
                }
            }
            assertThat(killed).as("imports killed in the middle").isPositive();

            Child last = Child.start(command, dir.resolve("last.log"));
            int exit = last.awaitExit(PATIENCE);
            assertThat(exit).as(last.log()).isZero();
            assertThat(last.log())
                    .containsPattern("(imported|resumed) incoming.csv \\(file \\d+\\): " + ITEMS
                            + " credited, 0 held in suspense, 0 unreadable");

            Cli.Run check = Cli.on(url, "check");
            assertThat(check.exit()).as(check.toString()).isZero();
            assertThat(balances(url, expected.keySet()))
                    .as("each account's balance after the import")
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void aDropCopyKilledMidImportCapturesEachTradeOnceWhenRunAgain(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = kind.create()) {
            String url = db.url();
            assertThat(Cli.on(url, "init", "--profile", "broker").exit()).isZero();
            LocalDate today;
            try (Installation installation = Installation.open(DatabaseUrl.parse(url))) {
                SecuritiesData.ensure(installation.securities());
                today = SecuritiesData.today(installation.securities());
            }
            SplittableRandom random = new SplittableRandom(kind.ordinal() * 17L + 3);
            Path file = dir.resolve("dropcopy.log");
            writeFixLog(file, today, random);

            List<String> command = List.of("import", "fix-log", "--file", file.toString(), "--db", url);
            int killed = 0;
            for (int attempt = 0; attempt < KILLS; attempt++) {
                long target = count(url, "sec_trades") + 1 + random.nextLong(ITEMS / KILLS);
                if (killMidWay(command, url, "sec_trades", target, attempt)) {
                    killed++;
                }
            }
            assertThat(killed).as("imports killed in the middle").isPositive();

            Child last = Child.start(command, dir.resolve("last.log"));
            assertThat(last.awaitExit(PATIENCE)).as(last.log()).isZero();
            Matcher counts = Pattern.compile("captured (\\d+), repair (\\d+), duplicate (\\d+), refused 0")
                    .matcher(last.log());
            assertThat(counts.find()).as(last.log()).isTrue();
            assertThat(Long.parseLong(counts.group(1))
                            + Long.parseLong(counts.group(2))
                            + Long.parseLong(counts.group(3)))
                    .as("trades captured now (into the book or its repair queue) and before the kills")
                    .isEqualTo(ITEMS);

            Cli.Run check = Cli.on(url, "check");
            assertThat(check.exit()).as(check.toString()).isZero();
            assertThat(count(url, "sec_trades")).as("trades in the book").isEqualTo(ITEMS);
            assertThat(count(url, "(SELECT DISTINCT trade_ref FROM sec_trades) refs"))
                    .as("distinct trade references")
                    .isEqualTo(ITEMS);
        }
    }

    /** The venue's drop copy: buys and sells of 1 to 100 shares at 1.00 to 99.99 against one counterparty. */
    private static void writeFixLog(Path file, LocalDate today, SplittableRandom random) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                FixLogWriter writer = new FixLogWriter(out, "VENUE", "BACKOFFICE", true)) {
            for (int i = 0; i < ITEMS; i++) {
                writer.write(new FixFill(
                        "KILL-" + i,
                        "O" + i,
                        null,
                        random.nextBoolean() ? Side.BUY : Side.SELL,
                        SecuritiesData.SHARE,
                        BigDecimal.valueOf(1 + random.nextInt(100)),
                        BigDecimal.valueOf(100 + random.nextInt(9_900), 2),
                        "GBP",
                        today,
                        null,
                        SecuritiesData.DEPO,
                        SecuritiesData.ALPHA,
                        SecuritiesData.MARKET,
                        Instant.parse("2026-11-25T10:00:00Z"),
                        ExecKind.NEW,
                        null));
            }
        }
    }

    /** Starts the import and kills it once {@code table} holds {@code target} rows; true if it was still running. */
    private boolean killMidWay(List<String> command, String url, String table, long target, int attempt)
            throws Exception {
        Child child = Child.start(command, dir.resolve("killed-" + attempt + ".log"));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (child.process.isAlive() && count(url, table) < target) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(
                            "the import reached only " + count(url, table) + " rows of " + table + ":\n" + child.log());
                }
                child.process.waitFor(25, TimeUnit.MILLISECONDS);
            }
            if (!child.process.isAlive()) {
                assertThat(child.process.exitValue())
                        .as("an import that ended by itself:\n" + child.log())
                        .isZero();
                return false;
            }
            child.process.destroyForcibly();
            child.process.waitFor(30, TimeUnit.SECONDS);
            assertThat(child.process.exitValue())
                    .as("exit status of the killed import (128 + SIGKILL)")
                    .isEqualTo(137);
            return true;
        } finally {
            child.process.destroyForcibly();
        }
    }

    private List<String> openAccounts(String url) {
        try (Banking banking = Banking.open(
                PlatformConfig.of(LedgerConfig.of(url), Installation.hasher()), BankingSettings.defaults())) {
            Client client = banking.clients()
                    .create(
                            Installation.CLI,
                            new NewClient(
                                    ClientKind.PERSON,
                                    "HO",
                                    "Crash",
                                    "Test",
                                    LocalDate.of(1980, 1, 1),
                                    null,
                                    "P1",
                                    "TX1",
                                    null,
                                    "1 Test Street",
                                    "GB",
                                    null,
                                    null));
            List<OpenCustomerAccount> open = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                open.add(new OpenCustomerAccount(client.id(), "USD", "CURRENT"));
            }
            return banking.accounts().openAll(Installation.CLI, open).stream()
                    .map(a -> a.iban().value())
                    .toList();
        }
    }

    /** The clearing house's CSV with {@link #ITEMS} payments; {@code expected} gets each account's total in cents. */
    private static String clearingFile(List<String> ibans, SplittableRandom random, Map<String, Long> expected) {
        StringBuilder csv = new StringBuilder(ITEMS * 170);
        csv.append(String.join(",", ClearingCsv.HEADER)).append("\r\n");
        for (int i = 0; i < ITEMS; i++) {
            String iban = ibans.get(random.nextInt(ibans.size()));
            long cents = 1 + random.nextLong(99_999);
            expected.merge(iban, cents, Long::sum);
            csv.append("CRASH-")
                    .append(i)
                    .append(",Sender,DE89370400440532013000,COBADEFFXXX,Beneficiary,")
                    .append(iban)
                    .append(",DEMOGB2L,USD,")
                    .append(cents / 100)
                    .append('.')
                    .append(String.format("%02d", cents % 100))
                    .append(",2026-11-25,invoice ")
                    .append(i)
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static Map<String, Long> balances(String url, Iterable<String> ibans) {
        Map<String, Long> balances = new TreeMap<>();
        try (Banking banking = Banking.open(
                PlatformConfig.of(LedgerConfig.of(url), Installation.hasher()), BankingSettings.defaults())) {
            for (String iban : ibans) {
                Balance balance = banking.accounts().balance(Installation.CLI, iban);
                balances.put(iban, balance.creditsPosted() - balance.debitsPosted());
            }
        }
        return balances;
    }

    private static long count(String url, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {@code backoffice} run as its own process, from the tests' class path. */
    private record Child(Process process, Path output) {
        static Child start(List<String> args, Path output) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    ChildJvm.java(),
                    "-Xmx512m",
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp",
                    ChildJvm.classpath(),
                    BackofficeCli.class.getName()));
            command.addAll(args);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            return new Child(process, output);
        }

        int awaitExit(Duration patience) throws InterruptedException {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the import did not finish in " + patience + ":\n" + log());
            }
            return process.exitValue();
        }

        String log() {
            try {
                return Files.readString(output);
            } catch (IOException e) {
                return "(no output: " + e.getMessage() + ")";
            }
        }
    }
}
