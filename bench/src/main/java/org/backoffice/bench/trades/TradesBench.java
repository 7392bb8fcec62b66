package org.backoffice.bench.trades;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.backoffice.bench.report.HeapSampler;
import org.backoffice.bench.report.ScratchDatabase;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.amount.CurrencyAssets;
import org.backoffice.platform.demo.DemoOrganisation;
import org.backoffice.platform.journal.OpeningBalances;
import org.backoffice.platform.organisation.Lei;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.PasswordHasher;
import org.backoffice.platform.security.User;
import org.backoffice.securities.Securities;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.message.Direction;
import org.backoffice.securities.message.ExecKind;
import org.backoffice.securities.message.FixFill;
import org.backoffice.securities.message.FixLogWriter;
import org.backoffice.securities.message.Mt54xConfirmationWriter;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.InstrumentKind;
import org.backoffice.securities.reference.Isin;
import org.backoffice.securities.reference.Market;
import org.backoffice.securities.reference.OwnerKind;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.securities.settlement.ImportedMessage;
import org.backoffice.securities.settlement.InstructOutcome;
import org.backoffice.securities.settlement.Instructing;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.DropCopySummary;

/**
 * A day of a broker's trades end to end, through the product's own paths and chunk sizes. Timed
 * first half: a FIX drop copy of N fills is captured as {@code backoffice import fix-log} captures
 * it, in chunks of 1,000, each fill enriched and checked, and each chunk instructed as the pages
 * instruct (a pending DvP transfer per trade). Timed second half: the depository's settlement
 * confirmations (MT545/MT547) are imported as {@code backoffice import settlement-messages} imports
 * them, and each settles its trade, both legs together. The setup (a fresh database, reference data, depo accounts with cash and securities,
 * the log and the confirmations) is not timed. The last line is machine-readable.
 */
public final class TradesBench {
    private static final String SCHEMA = "trades_bench";
    private static final String CREST = "CRSTGB22XXX";
    /** The chunk {@code backoffice import fix-log} captures in, and settlement instructs and imports in. */
    private static final int CHUNK = Instructing.CHUNK;

    private final TradesBenchOptions options;
    private final PasswordHasher hasher;
    private final PrintStream out;
    private LocalDate tradeDate;

    public TradesBench(TradesBenchOptions options, PasswordHasher hasher, PrintStream out) {
        this.options = options;
        this.hasher = hasher;
        this.out = out;
    }

    public void run() throws IOException {
        tradeDate = LocalDate.now(SecuritiesSettings.defaults().zone());
        try (ScratchDatabase database = ScratchDatabase.create(options.db(), options.url(), SCHEMA);
                Securities securities = Securities.open(
                        PlatformConfig.of(LedgerConfig.of(database.url()).withMaxBatch(8192), hasher),
                        SecuritiesSettings.defaults())) {
            DemoOrganisation.loadInto(securities.platform());
            Actor operator = actor(securities, "operator.ho");
            long setup = System.nanoTime();
            Reference reference = referenceData(securities);
            Path log = Files.createTempFile("trades-bench", ".messages.log");
            try {
                writeLog(log, reference);
                out.printf(
                        Locale.ROOT,
                        "setup: %,d depo accounts, %d instruments, a FIX log of %,d fills (%,d bytes) in %.1f s%n",
                        reference.depos().size(),
                        reference.isins().size(),
                        options.count(),
                        Files.size(log),
                        (System.nanoTime() - setup) / 1e9);
                System.gc();
                try (HeapSampler heap = new HeapSampler()) {
                    long start = System.nanoTime();
                    long[] instructions = new long[options.count()];
                    int[] done = {0};
                    long[] lastPrint = {start};
                    DropCopySummary summary = securities.dropCopy().captureLog(operator, log, CHUNK, outcomes -> {
                        List<Long> ids = new ArrayList<>(outcomes.size());
                        for (CaptureOutcome outcome : outcomes) {
                            if (outcome.kind() == CaptureOutcome.Kind.CAPTURED) {
                                ids.add(outcome.trade().id());
                            }
                        }
                        for (InstructOutcome instructed :
                                securities.settlement().instructAll(operator, ids)) {
                            if (instructed.instructed()) {
                                instructions[done[0]++] =
                                        instructed.instruction().id();
                            }
                        }
                        long now = System.nanoTime();
                        if (now - lastPrint[0] > 5_000_000_000L) {
                            lastPrint[0] = now;
                            out.printf(Locale.ROOT, "  %,d trades in %.1f s%n", done[0], (now - start) / 1e9);
                        }
                    });
                    double capture = (System.nanoTime() - start) / 1e9;
                    if (summary.captured() != options.count() || done[0] != options.count()) {
                        throw new IllegalStateException("captured " + summary.captured() + " and instructed " + done[0]
                                + " of " + options.count()
                                + ": " + summary.repair() + " to repair, " + summary.refused() + " refused, "
                                + summary.unreadable() + " unreadable; " + summary.problems());
                    }
                    out.printf(
                            Locale.ROOT,
                            "capture: %,d trades read, enriched, checked and instructed in %.1f s%n",
                            summary.captured(),
                            capture);
                    Path confirmations = Files.createTempFile("trades-bench", ".mt54x");
                    try {
                        long written = writeConfirmations(securities, database.url(), confirmations);
                        out.printf(
                                Locale.ROOT,
                                "setup: %,d settlement confirmations (MT545/MT547, %,d bytes)%n",
                                written,
                                Files.size(confirmations));
                        long settleStart = System.nanoTime();
                        long settled = settle(securities, operator, confirmations, settleStart);
                        double settle = (System.nanoTime() - settleStart) / 1e9;
                        if (settled != options.count()) {
                            throw new IllegalStateException("settled " + settled + " of " + options.count());
                        }
                        out.printf(
                                Locale.ROOT,
                                "settle: %,d trades settled from confirmations, both legs together, in %.1f s%n",
                                settled,
                                settle);
                        out.printf(
                                Locale.ROOT,
                                "bench=trades db=%s count=%d capture_s=%.1f settle_s=%.1f heap_mb=%d%n",
                                options.db(),
                                options.count(),
                                capture,
                                settle,
                                heap.peakMegabytes());
                    } finally {
                        Files.deleteIfExists(confirmations);
                    }
                }
            } finally {
                Files.deleteIfExists(log);
            }
        }
    }

    /** The depository's confirmations of every instruction, in full, as MT545 (receipt) or MT547 (delivery). */
    private long writeConfirmations(Securities securities, String url, Path file) throws IOException {
        long count = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (PreparedStatement select = c.prepareStatement("SELECT reference, direction, dvp, isin, quantity,"
                    + " settlement_amount, currency, settlement_date, depo_account, place FROM sec_instructions"
                    + " ORDER BY id")) {
                select.setFetchSize(10_000);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String reference = rs.getString(1);
                        boolean dvp = rs.getInt(3) == 1;
                        SettlementConfirmation confirmation = new SettlementConfirmation(
                                reference,
                                "C" + reference.substring(1),
                                Direction.valueOf(rs.getString(2)),
                                dvp,
                                rs.getString(4),
                                BigDecimal.valueOf(rs.getLong(5)),
                                dvp
                                        ? Amount.of(CurrencyAssets.of(rs.getString(7)), rs.getLong(6))
                                                .decimal()
                                        : null,
                                rs.getString(7),
                                LocalDate.parse(rs.getString(8)),
                                false,
                                false);
                        out.write(Mt54xConfirmationWriter.write(
                                confirmation, rs.getString(9), rs.getString(10), "CRSTGB22XXX", "DEMOGB2LXXX"));
                        out.write("\n");
                        count++;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading the instructions: " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("connecting: " + e.getMessage(), e);
        }
        return count;
    }

    /**
     * Imports the confirmations file as {@code backoffice import settlement-messages} does, through the
     * product's message import in its chunks; returns how many settled.
     */
    private long settle(Securities securities, Actor operator, Path file, long start) {
        long[] settled = {0};
        long[] lastPrint = {start};
        securities.settlement().messageImport().importFile(operator, file, outcomes -> {
            for (ImportedMessage outcome : outcomes) {
                settled[0] += outcome.applied() ? 1 : 0;
            }
            long now = System.nanoTime();
            if (now - lastPrint[0] > 5_000_000_000L) {
                lastPrint[0] = now;
                out.printf(Locale.ROOT, "  %,d trades settled in %.1f s%n", settled[0], (now - start) / 1e9);
            }
        });
        return settled[0];
    }

    private record Reference(List<DepoAccount> depos, List<String> isins, List<String> counterparties) {}

    /** A market, the shares, two counterparties and the depo accounts, each with cash and every share. */
    private Reference referenceData(Securities securities) {
        Actor admin = actor(securities, "admin");
        securities.markets().add(admin, new Market("XLON", "London Stock Exchange", "XLON", 2));
        List<String> isins = new ArrayList<>();
        for (int i = 0; i < options.instruments(); i++) {
            String isin = Isin.withCheckDigit(String.format(Locale.ROOT, "GB00BENCH%02d", i))
                    .value();
            securities
                    .instruments()
                    .add(
                            admin,
                            new Instrument(
                                    isin,
                                    InstrumentKind.EQUITY,
                                    "Bench share " + i,
                                    "GBP",
                                    BigDecimal.ONE,
                                    "XLON",
                                    CREST,
                                    false,
                                    PenaltyCategory.SHARES_LIQUID,
                                    null));
            isins.add(isin);
        }
        List<String> counterparties = new ArrayList<>();
        for (String name : new String[] {"ALPHA", "BETA"}) {
            String lei = Lei.withCheckDigits(
                    String.format(Locale.ROOT, "BENCH%-13s", name).replace(' ', 'X'));
            String bic = name.substring(0, 4) + "GB2LXXX";
            securities.counterparties().add(admin, new Counterparty(lei, bic, name + " Brokers"));
            securities
                    .counterparties()
                    .addInstruction(
                            admin,
                            new StandingInstruction(
                                    0, lei, "XLON", CREST, bic, "CR" + name, null, LocalDate.of(2026, 1, 1)));
            counterparties.add(lei);
        }
        List<DepoAccount> depos = new ArrayList<>(options.accounts());
        for (int i = 0; i < options.accounts(); i++) {
            depos.add(securities
                    .depoAccounts()
                    .open(
                            admin,
                            String.format(Locale.ROOT, "B%07d", i),
                            "HO",
                            OwnerKind.CLIENT,
                            "Bench client " + i,
                            null));
        }
        fund(securities, depos, isins);
        return new Reference(depos, isins, counterparties);
    }

    /** Every depo account gets 10 million pounds and a million of each share, through the ledger. */
    private void fund(Securities securities, List<DepoAccount> depos, List<String> isins) {
        Books books = securities.books();
        List<OpenBookAccount> accounts = new ArrayList<>();
        accounts.add(Books.branchRequest("HO", Books.SETTLEMENT_CASH, "GBP"));
        accounts.add(Books.branchRequest("HO", Books.FEES, "GBP"));
        isins.forEach(isin -> accounts.add(Books.branchRequest("HO", Books.DEPOSITORY, isin)));
        for (DepoAccount depo : depos) {
            accounts.add(Books.moneyRequest(depo, "GBP"));
            isins.forEach(isin -> accounts.add(Books.positionRequest(depo, isin)));
            if (accounts.size() >= 20_000) {
                books.ensure(accounts);
                accounts.clear();
            }
        }
        books.ensure(accounts);
        long bank = books.branch("HO", Books.SETTLEMENT_CASH, "GBP");
        List<Transfer> transfers = new ArrayList<>();
        for (DepoAccount depo : depos) {
            List<Posting> postings = new ArrayList<>();
            postings.add(new Posting(
                    AccountId.of(bank), AccountId.of(books.money(depo, "GBP")), AssetCode.of("GBP"), 1_000_000_000L));
            for (String isin : isins) {
                postings.add(new Posting(
                        AccountId.of(books.branch("HO", Books.DEPOSITORY, isin)),
                        AccountId.of(books.position(depo, isin)),
                        AssetCode.of(isin),
                        1_000_000L));
            }
            transfers.add(new Transfer(securities.platform().ids().next(), tradeDate, postings, false, null, null));
            if (transfers.size() == 5_000) {
                submit(securities, transfers);
            }
        }
        submit(securities, transfers);
    }

    private static void submit(Securities securities, List<Transfer> transfers) {
        var platform = securities.platform();
        List<OpeningBalances.Entry> entries =
                transfers.stream().map(t -> new OpeningBalances.Entry("HO", t)).toList();
        for (CompletableFuture<Outcome> outcome :
                platform.operations().submit(Actor.system("bench"), platform.openingBalances(), entries)) {
            Outcome result = outcome.join();
            if (!result.accepted()) {
                throw new IllegalStateException("funding refused: " + result);
            }
        }
        transfers.clear();
    }

    /** The venue's drop copy: fills of 1 to 100 shares at 1.00 to 99.99, buys and sells, spread over everyone. */
    private void writeLog(Path log, Reference reference) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        try (Writer file = Files.newBufferedWriter(log, StandardCharsets.US_ASCII);
                FixLogWriter writer = new FixLogWriter(file, "VENUE", "BACKOFFICE", true)) {
            for (int i = 0; i < options.count(); i++) {
                DepoAccount depo =
                        reference.depos().get(random.nextInt(reference.depos().size()));
                writer.write(new FixFill(
                        "X" + i,
                        "O" + i,
                        null,
                        random.nextBoolean()
                                ? org.backoffice.securities.message.Side.BUY
                                : org.backoffice.securities.message.Side.SELL,
                        reference.isins().get(random.nextInt(reference.isins().size())),
                        BigDecimal.valueOf(1 + random.nextInt(100)),
                        BigDecimal.valueOf(100 + random.nextInt(9_900), 2),
                        "GBP",
                        tradeDate,
                        null,
                        depo.code(),
                        reference
                                .counterparties()
                                .get(i % reference.counterparties().size()),
                        "XLON",
                        Instant.now(),
                        ExecKind.NEW,
                        null));
            }
        }
    }

    private static Actor actor(Securities securities, String username) {
        return securities.platform().users().find(username).map(User::actor).orElseThrow();
    }
}
