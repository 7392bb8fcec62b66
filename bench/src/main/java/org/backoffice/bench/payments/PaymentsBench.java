package org.backoffice.bench.payments;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.backoffice.banking.Banking;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.banking.clearing.ClearingFormat;
import org.backoffice.banking.clearing.ImportProgress;
import org.backoffice.banking.clearing.ImportResult;
import org.backoffice.banking.clearing.IncomingClearing;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.ClientKind;
import org.backoffice.banking.client.NewClient;
import org.backoffice.banking.message.ClearingCsv;
import org.backoffice.bench.report.HeapSampler;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.demo.DemoOrganisation;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.PasswordHasher;
import org.backoffice.platform.security.User;

/**
 * Imports an incoming clearing file of N payments to N/10 accounts, end to end, exactly as the
 * command line's {@code import clearing-file} does: the CSV is written to a file, read back, and
 * imported by {@link org.backoffice.banking.clearing.IncomingClearing#importFile} over a bank opened
 * as an installation opens it, in the product's chunks of {@link IncomingClearing#CHUNK}; each
 * payment's beneficiary looked up, credited on the platform's operation path and its outcome rows
 * committed with its posting. The setup (a fresh database, the demo organisation, the accounts, the
 * file) is not timed. The last line is machine-readable.
 */
public final class PaymentsBench {
    private static final String[] BANKS = {"COBADEFFXXX", "BNPAFRPP", "ABNANL2A", "GEBABEBB", "DEUTDEFF"};
    private static final String SCHEMA = "payments_bench";

    private final PaymentsBenchOptions options;
    private final PasswordHasher hasher;
    private final PrintStream out;

    public PaymentsBench(PaymentsBenchOptions options, PasswordHasher hasher, PrintStream out) {
        this.options = options;
        this.hasher = hasher;
        this.out = out;
    }

    public void run() throws IOException {
        String url = freshDatabase();
        try (Banking banking =
                Banking.open(PlatformConfig.of(LedgerConfig.of(url), hasher), BankingSettings.defaults())) {
            DemoOrganisation.loadInto(banking.platform());
            Actor operator = banking.platform()
                    .users()
                    .find("operator.ho")
                    .map(User::actor)
                    .orElseThrow();
            long setup = System.nanoTime();
            List<String> ibans = openAccounts(banking, operator);
            Path written = Files.createTempFile("bench-clearing-", ".csv");
            Files.write(written, file(ibans));
            out.printf(
                    Locale.ROOT,
                    "setup: %,d accounts and a file of %,d payments (%,d bytes) in %.1f s%n",
                    ibans.size(),
                    options.count(),
                    Files.size(written),
                    (System.nanoTime() - setup) / 1e9);
            System.gc();
            try (HeapSampler heap = new HeapSampler()) {
                long start = System.nanoTime();
                byte[] file = Files.readAllBytes(written);
                Files.delete(written);
                AtomicLong lastPrint = new AtomicLong(start);
                java.util.Map<String, Long> phases = new java.util.concurrent.ConcurrentSkipListMap<>();
                ImportResult result = banking.clearing()
                        .incoming()
                        .importFile(operator, "bench.csv", file, ClearingFormat.CSV, new ImportProgress() {
                            @Override
                            public void timed(String phase, long nanos) {
                                phases.merge(phase, nanos, Long::sum);
                            }

                            @Override
                            public void recorded(int done, int total) {
                                long now = System.nanoTime();
                                if (now - lastPrint.get() > 2_000_000_000L || done == options.count()) {
                                    lastPrint.set(now);
                                    out.printf(Locale.ROOT, "  %,d payments in %.1f s%n", done, (now - start) / 1e9);
                                }
                            }
                        });
                double seconds = (System.nanoTime() - start) / 1e9;
                // The import reads and looks up a chunk while the ledger books the one before, so the
                // phases overlap: "post" is the time spent waiting for the ledger's answers.
                StringBuilder where = new StringBuilder("phases (overlapping):");
                phases.forEach(
                        (phase, nanos) -> where.append(String.format(Locale.ROOT, " %s %.1f s", phase, nanos / 1e9)));
                out.println(where);
                int booked = result.file().credited() + result.file().suspended();
                if (booked != options.count()) {
                    throw new IllegalStateException("booked " + booked + " of " + options.count() + " payments: "
                            + result.file().unreadable() + " unreadable");
                }
                out.printf(
                        Locale.ROOT,
                        "bench=payments db=%s count=%d chunk=%d seconds=%.1f payments_per_s=%.0f heap_mb=%d%n",
                        options.db(),
                        options.count(),
                        IncomingClearing.CHUNK,
                        seconds,
                        options.count() / seconds,
                        heap.peakMegabytes());
            }
        } finally {
            dropDatabase(url);
        }
    }

    /** Clients of head office with up to 100 accounts each, opened in chunks. */
    private List<String> openAccounts(Banking banking, Actor operator) {
        List<String> ibans = new ArrayList<>(options.accounts());
        int perClient = 100;
        int chunk = 2_000;
        List<OpenCustomerAccount> pending = new ArrayList<>(chunk);
        for (int i = 0; i < options.accounts(); i += perClient) {
            Client client = banking.clients()
                    .create(
                            operator,
                            new NewClient(
                                    ClientKind.PERSON,
                                    "HO",
                                    "Bench",
                                    "Client " + i,
                                    LocalDate.of(1980, 1, 1),
                                    null,
                                    "B" + i,
                                    "TX" + i,
                                    null,
                                    "1 Bench Street",
                                    "GB",
                                    null,
                                    null));
            for (int j = 0; j < perClient && i + j < options.accounts(); j++) {
                pending.add(new OpenCustomerAccount(client.id(), "USD", "CURRENT"));
                if (pending.size() == chunk) {
                    open(banking, operator, pending, ibans);
                }
            }
        }
        open(banking, operator, pending, ibans);
        return ibans;
    }

    private void open(Banking banking, Actor operator, List<OpenCustomerAccount> pending, List<String> ibans) {
        if (pending.isEmpty()) {
            return;
        }
        for (CustomerAccount account : banking.accounts().openAll(operator, pending)) {
            ibans.add(account.iban().value());
        }
        pending.clear();
        if (ibans.size() % 20_000 == 0) {
            out.printf(Locale.ROOT, "  %,d accounts opened%n", ibans.size());
        }
    }

    /** The clearing house's CSV: payments with amounts from 0.01 to 999.99 to random accounts. */
    private byte[] file(List<String> ibans) {
        SplittableRandom random = new SplittableRandom(42);
        StringBuilder csv = new StringBuilder(options.count() * 170);
        csv.append(String.join(",", ClearingCsv.HEADER)).append("\r\n");
        for (int i = 0; i < options.count(); i++) {
            String bank = BANKS[i % BANKS.length];
            long cents = 1 + random.nextLong(99_999);
            csv.append("BENCH-")
                    .append(i)
                    .append(",Sender ")
                    .append(i % 1000)
                    .append(",DE89370400440532013000,")
                    .append(bank)
                    .append(",Beneficiary,")
                    .append(ibans.get(random.nextInt(ibans.size())))
                    .append(",DEMOGB2L,USD,")
                    .append(cents / 100)
                    .append('.')
                    .append(cents % 100 < 10 ? "0" : "")
                    .append(cents % 100)
                    .append(",2026-11-25,invoice ")
                    .append(i)
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String freshDatabase() throws IOException {
        if (options.db().equals("sqlite")) {
            Path dir = Path.of(options.url());
            Files.createDirectories(dir);
            Path file = dir.resolve("payments-bench.db");
            deleteSqlite(file);
            return "jdbc:sqlite:" + file;
        }
        execute(options.url(), "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        execute(options.url(), "CREATE SCHEMA " + SCHEMA);
        String base = options.url();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true";
    }

    private void dropDatabase(String url) throws IOException {
        if (options.db().equals("sqlite")) {
            deleteSqlite(Path.of(url.substring("jdbc:sqlite:".length())));
        } else {
            execute(options.url(), "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static void deleteSqlite(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql + ": " + e.getMessage(), e);
        }
    }
}
