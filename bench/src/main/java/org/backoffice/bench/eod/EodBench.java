package org.backoffice.bench.eod;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.backoffice.banking.Banking;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.ClientKind;
import org.backoffice.banking.client.NewClient;
import org.backoffice.banking.eod.EodProgress;
import org.backoffice.banking.eod.EodRun;
import org.backoffice.banking.eod.EodStep;
import org.backoffice.banking.eod.EodStepResult;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.demo.DemoOrganisation;
import org.backoffice.platform.journal.OpeningBalances;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.PasswordHasher;
import org.backoffice.platform.security.Role;

/**
 * End of day over N client accounts, through the same {@code EndOfDay} the command line's {@code eod}
 * runs: sets up the demo bank with N funded accounts (not timed), then times end of day and prints
 * each step's time and the peak heap. A light day is Wednesday 2026-11-25 (accrual, no fees, no
 * capitalisation, day close, snapshots, report); a heavy day is the month's turn: Monday 2026-11-30,
 * the month's last business day, which credits every account its interest, then Tuesday 2026-12-01,
 * the first, which charges every current account its monthly fee.
 */
public final class EodBench {
    /** Wednesday, not a month's first or last business day: no fees, no capitalisation. */
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    /** The month's last business day (capitalisation) and the next month's first (monthly fees). */
    static final List<LocalDate> HEAVY = List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));

    private static final int CHUNK = 20_000;
    private static final int CLIENTS_PER_BRANCH = 10;
    private static final List<String> BRANCHES = List.of("HO", "B1", "B2");

    private final String db;
    private final String url;
    private final int accounts;
    private final boolean heavy;
    private final PrintStream out;
    private final List<LocalDate> days;

    /** @param day light or heavy */
    public EodBench(String db, String url, int accounts, String day, PrintStream out) {
        if (accounts < 1) {
            throw new IllegalArgumentException("accounts: must be at least 1");
        }
        if (!day.equals("light") && !day.equals("heavy")) {
            throw new IllegalArgumentException("day: must be light or heavy, was '" + day + "'");
        }
        this.db = db;
        this.url = url;
        this.accounts = accounts;
        this.heavy = day.equals("heavy");
        this.days = heavy ? HEAVY : List.of(DAY);
        this.out = out;
    }

    public void run() throws Exception {
        String name = "eod_bench_" + System.currentTimeMillis();
        String jdbc;
        Runnable drop;
        if (db.equals("sqlite")) {
            Path dir = Path.of(url);
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".db");
            jdbc = "jdbc:sqlite:" + file;
            drop = () -> {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    try {
                        Files.deleteIfExists(Path.of(file + suffix));
                    } catch (IOException e) {
                        // a leftover benchmark file is harmless
                    }
                }
            };
        } else if (db.equals("postgres")) {
            execute(url, "CREATE SCHEMA " + name);
            jdbc = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
            drop = () -> execute(url, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } else {
            throw new IllegalArgumentException("db: must be sqlite or postgres, was '" + db + "'");
        }
        try {
            measure(jdbc);
        } finally {
            drop.run();
        }
    }

    private void measure(String jdbc) {
        // The bank's clock stands at 10:00 on the benchmark's last day in London and runs on from there.
        Instant start = days.getLast().atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
        try (Banking banking = Banking.open(
                PlatformConfig.of(LedgerConfig.of(jdbc).withClock(clock), new PlainHasher()),
                BankingSettings.defaults())) {
            long setupStarted = System.nanoTime();
            DemoOrganisation.loadInto(banking.platform());
            setUp(banking);
            out.printf(
                    Locale.ROOT,
                    "set up %,d funded accounts in %.1f s%n",
                    accounts,
                    (System.nanoTime() - setupStarted) / 1e9);
            System.gc();
            AtomicLong peak = new AtomicLong();
            Thread sampler = sampler(peak);
            double seconds = 0;
            StringBuilder perDay = new StringBuilder();
            for (LocalDate day : days) {
                double taken = runDay(banking, day);
                seconds += taken;
                perDay.append(String.format(Locale.ROOT, " %s_s=%.1f", day, taken));
            }
            sampler.interrupt();
            long heapMb = Math.max(peak.get(), used()) / (1024 * 1024);
            out.printf(
                    Locale.ROOT,
                    "bench=eod db=%s accounts=%d day=%s seconds=%.1f%s heap_mb=%d%n",
                    db,
                    accounts,
                    heavy ? "heavy" : "light",
                    seconds,
                    perDay,
                    heapMb);
        }
    }

    /** Runs end of day for one day as the command line does and returns its seconds. */
    private double runDay(Banking banking, LocalDate day) {
        long started = System.nanoTime();
        EodRun run = banking.endOfDay().run(Actor.system("bench"), day, new EodProgress() {
            @Override
            public void finished(EodStepResult result) {
                out.printf(
                        Locale.ROOT,
                        "  %-22s %8.1f s  %,10d items  %s%n",
                        result.step().label(),
                        result.millis() / 1000.0,
                        result.items(),
                        result.detail());
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!run.completed()) {
            throw new IllegalStateException("end of day did not complete: " + run.error());
        }
        long accrual = run.steps().get(EodStep.ACCRUAL.ordinal()).millis();
        long fees = run.steps().get(EodStep.FEES.ordinal()).millis();
        long snapshots = run.steps().get(EodStep.SNAPSHOTS.ordinal()).millis();
        out.printf(
                Locale.ROOT,
                "end of day for %s over %,d accounts: %.1f s (accrual %.1f s, fees %.1f s, snapshots %.1f s)%n",
                day,
                accounts,
                seconds,
                accrual / 1000.0,
                fees / 1000.0,
                snapshots / 1000.0);
        return seconds;
    }

    /** Clients in each branch, then their accounts in chunks, each chunk funded by bulk transfers. */
    private void setUp(Banking banking) {
        Actor clerk = new Actor("bench", Set.of(Role.OPERATOR), Set.of(), true);
        List<Client> clients = new ArrayList<>();
        for (String branch : BRANCHES) {
            banking.house().ensure(branch);
            for (int i = 0; i < CLIENTS_PER_BRANCH; i++) {
                clients.add(banking.clients()
                        .create(
                                clerk,
                                new NewClient(
                                        ClientKind.PERSON,
                                        branch,
                                        "Client" + i,
                                        "Bench" + branch,
                                        LocalDate.of(1980, 1, 1 + i),
                                        null,
                                        "P" + branch + i,
                                        null,
                                        null,
                                        "1 Bench Street, London",
                                        "GB",
                                        null,
                                        null)));
            }
        }
        long opened = 0;
        long lastPrint = System.nanoTime();
        while (opened < accounts) {
            int size = (int) Math.min(CHUNK, accounts - opened);
            List<OpenCustomerAccount> requests = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                long n = opened + i;
                Client owner = clients.get((int) (n % clients.size()));
                requests.add(new OpenCustomerAccount(owner.id(), "USD", n % 5 == 0 ? "DEPOSIT" : "CURRENT"));
            }
            fund(banking, banking.accounts().openAll(clerk, requests), opened, days.getFirst());
            opened += size;
            if (System.nanoTime() - lastPrint > 5_000_000_000L || opened == accounts) {
                out.printf(Locale.ROOT, "  %,d accounts open and funded%n", opened);
                lastPrint = System.nanoTime();
            }
        }
    }

    /** Credits each account from its branch's suspense account, up to 255 accounts per transfer. */
    private static void fund(Banking banking, List<CustomerAccount> opened, long offset, LocalDate valueDate) {
        java.util.Map<String, List<Posting>> byBranch = new java.util.TreeMap<>();
        for (int i = 0; i < opened.size(); i++) {
            CustomerAccount account = opened.get(i);
            long suspense = banking.platform()
                    .accounts()
                    .account(HouseAccounts.number(account.branch(), HouseAccounts.SUSPENSE, "USD"))
                    .orElseThrow()
                    .ledgerId()
                    .value();
            long amount = 10_000 + ((offset + i) * 7_919) % 5_000_000; // 100.00 to 50,099.99
            byBranch.computeIfAbsent(account.branch(), b -> new ArrayList<>())
                    .add(Posting.of(suspense, account.ledgerId(), "USD", amount));
        }
        List<OpeningBalances.Entry> entries = new ArrayList<>();
        byBranch.forEach((branch, postings) -> {
            for (int from = 0; from < postings.size(); from += 255) {
                entries.add(new OpeningBalances.Entry(
                        branch,
                        new Transfer(
                                banking.platform().ids().next(),
                                valueDate,
                                postings.subList(from, Math.min(postings.size(), from + 255)),
                                false,
                                null,
                                org.backoffice.ledger.Memo.NONE)));
            }
        });
        var platform = banking.platform();
        for (var future : platform.operations().submit(Actor.system("bench"), platform.openingBalances(), entries)) {
            Outcome outcome = future.join();
            if (!outcome.accepted()) {
                throw new IllegalStateException("funding was refused: " + outcome);
            }
        }
    }

    private static Thread sampler(AtomicLong peak) {
        Thread thread = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peak.accumulateAndGet(used(), Math::max);
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Demo users sign in nowhere in the benchmark; their passwords need no real hashing. */
    private static final class PlainHasher implements PasswordHasher {
        @Override
        public String hash(CharSequence password) {
            return "plain:" + password;
        }

        @Override
        public boolean matches(CharSequence password, String hash) {
            return hash.equals("plain:" + password);
        }
    }
}
