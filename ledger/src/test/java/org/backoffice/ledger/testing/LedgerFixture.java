package org.backoffice.ledger.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.CommitCompanion;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.OpenAccount;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.TrialBalance;

/**
 * A ledger on a scratch database with a small chart of accounts in three assets, a clock that
 * stands at noon on {@link #TODAY}, and one writer, so that a test can line up one batch.
 *
 * <p>Cash (USD, cents): the bank's cash (an asset, any balance), three client current accounts
 * (liabilities that may not be overdrawn; Carol has an overdraft limit of 100.00) and fee income.
 * Shares (an ISIN, whole units): the depository position and two clients' safekeeping accounts, no
 * negative positions. Flour (goods, grams): a store's stock (no negative stock), goods received
 * and cost of sales.
 */
public final class LedgerFixture implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    public static final LocalDate YESTERDAY = TODAY.minusDays(1);
    /** The week before {@link #TODAY}, in which the rule tests tell what happened day by day. */
    public static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);

    public static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
    public static final LocalDate MARCH_11 = LocalDate.of(2026, 3, 11);
    public static final LocalDate MARCH_12 = LocalDate.of(2026, 3, 12);
    public static final LocalDate MARCH_13 = LocalDate.of(2026, 3, 13);
    public static final LocalDate MARCH_14 = LocalDate.of(2026, 3, 14);
    public static final LocalDate MARCH_15 = LocalDate.of(2026, 3, 15);

    public static final AssetCode USD = AssetCode.of("USD");
    public static final AssetCode SHARES = AssetCode.of("US0378331005");
    public static final AssetCode FLOUR = AssetCode.of("SKU-FLOUR");

    public static final AccountId BANK = AccountId.of(1);
    public static final AccountId ALICE = AccountId.of(2);
    public static final AccountId BOB = AccountId.of(3);
    public static final AccountId CAROL = AccountId.of(4);
    public static final AccountId FEES = AccountId.of(5);
    public static final AccountId DEPOSITORY = AccountId.of(11);
    public static final AccountId ALICE_SHARES = AccountId.of(12);
    public static final AccountId BOB_SHARES = AccountId.of(13);
    public static final AccountId FLOUR_STOCK = AccountId.of(21);
    public static final AccountId GOODS_RECEIVED = AccountId.of(22);
    public static final AccountId COST_OF_SALES = AccountId.of(23);

    public static final long CAROL_OVERDRAFT = 100_00;

    private static final AssetCode HOLD = AssetCode.of("HOLD");
    private static final AccountId HOLD_FROM = AccountId.of(91);
    private static final AccountId HOLD_TO = AccountId.of(92);

    private final ScratchDatabase database;
    private final TestClock clock;
    private final Ledger ledger;
    private final AtomicLong ids = new AtomicLong(1_000);
    private final AtomicLong holdIds = new AtomicLong(900_000);

    private LedgerFixture(ScratchDatabase database, TestClock clock, Ledger ledger) {
        this.database = database;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** A ledger with the chart of accounts open and every balance zero. */
    public static LedgerFixture open(TestDatabase kind) {
        return open(kind, null);
    }

    /** As {@link #open(TestDatabase)}, with a commit companion (null for none). */
    public static LedgerFixture open(TestDatabase kind, CommitCompanion companion) {
        ScratchDatabase database = kind.create();
        TestClock clock = TestClock.atNoon(TODAY);
        Ledger ledger;
        try {
            ledger = Ledger.open(
                    database.config().withClock(clock).withWriters(1).withCompanion(companion));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LedgerFixture fixture = new LedgerFixture(database, clock, ledger);
        try {
            fixture.openChart();
        } catch (RuntimeException e) {
            fixture.close();
            throw e;
        }
        return fixture;
    }

    private void openChart() {
        ledger.defineAsset(Asset.currency(USD.value(), 2));
        ledger.defineAsset(Asset.security(SHARES.value()));
        ledger.defineAsset(Asset.goods(FLOUR.value(), 3));
        ledger.defineAsset(Asset.security(HOLD.value()));
        open(BANK, "1010", USD, Side.DEBIT, BalanceLimit.NONE, 0);
        open(ALICE, "2010.ALICE", USD, Side.CREDIT, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS, 0);
        open(BOB, "2010.BOB", USD, Side.CREDIT, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS, 0);
        open(CAROL, "2010.CAROL", USD, Side.CREDIT, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS, CAROL_OVERDRAFT);
        open(FEES, "7010", USD, Side.CREDIT, BalanceLimit.NONE, 0);
        open(DEPOSITORY, "1510", SHARES, Side.DEBIT, BalanceLimit.NONE, 0);
        open(ALICE_SHARES, "2510.ALICE", SHARES, Side.CREDIT, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS, 0);
        open(BOB_SHARES, "2510.BOB", SHARES, Side.CREDIT, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS, 0);
        open(FLOUR_STOCK, "1310.STORE1", FLOUR, Side.DEBIT, BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS, 0);
        open(GOODS_RECEIVED, "2110", FLOUR, Side.CREDIT, BalanceLimit.NONE, 0);
        open(COST_OF_SALES, "5010", FLOUR, Side.DEBIT, BalanceLimit.NONE, 0);
        open(HOLD_FROM, "9991", HOLD, Side.DEBIT, BalanceLimit.NONE, 0);
        open(HOLD_TO, "9992", HOLD, Side.CREDIT, BalanceLimit.NONE, 0);
    }

    public void open(AccountId id, String code, AssetCode asset, Side side, BalanceLimit limit, long overdraft) {
        ledger.openAccount(new OpenAccount(id, code, asset, "STORE1", side, limit, overdraft));
    }

    public Ledger ledger() {
        return ledger;
    }

    public TestClock clock() {
        return clock;
    }

    public TestDatabase kind() {
        return database.kind();
    }

    /** A transaction id not used before in this ledger. */
    public TransactionId nextId() {
        return TransactionId.of(ids.incrementAndGet());
    }

    public static Posting usd(AccountId debit, AccountId credit, long cents) {
        return new Posting(debit, credit, USD, cents);
    }

    public static Posting shares(AccountId debit, AccountId credit, long units) {
        return new Posting(debit, credit, SHARES, units);
    }

    public static Posting flour(AccountId debit, AccountId credit, long grams) {
        return new Posting(debit, credit, FLOUR, grams);
    }

    /** A posted transfer dated today. */
    public Transfer transfer(Posting... postings) {
        return Transfer.of(nextId(), TODAY, postings);
    }

    /** A pending transfer dated today, without timeout. */
    public Transfer pending(Posting... postings) {
        return Transfer.pending(nextId(), TODAY, null, postings);
    }

    public Outcome execute(TransactionRequest request) {
        return ledger.execute(request);
    }

    /** Executes a request that must be accepted. */
    public Outcome.Accepted accept(TransactionRequest request) {
        Outcome outcome = ledger.execute(request);
        assertThat(outcome).as("outcome of %s", request).isInstanceOf(Outcome.Accepted.class);
        return (Outcome.Accepted) outcome;
    }

    /** Executes a request that must be rejected for {@code reason}. */
    public Outcome.Rejected reject(TransactionRequest request, RejectionReason reason) {
        Outcome outcome = ledger.execute(request);
        assertRejected(outcome, reason);
        return (Outcome.Rejected) outcome;
    }

    public static void assertRejected(Outcome outcome, RejectionReason reason) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) outcome).reason())
                .as("reason, %s", outcome)
                .isEqualTo(reason);
    }

    /** Client money paid in at the bank: the bank's cash and the client's account both grow. */
    public void payIn(AccountId client, long cents) {
        accept(transfer(usd(BANK, client, cents)));
    }

    /** Shares delivered to a client's safekeeping account from the depository. */
    public void deliverShares(AccountId client, long units) {
        accept(transfer(shares(DEPOSITORY, client, units)));
    }

    /** Flour received into the store's stock. */
    public void receiveFlour(long grams) {
        accept(transfer(flour(FLOUR_STOCK, GOODS_RECEIVED, grams)));
    }

    public Balance balance(AccountId account) {
        return ledger.balance(account).orElseThrow();
    }

    public long posted(AccountId account) {
        return balance(account).posted();
    }

    /** Every balance and the trial balance, to show that a refused request changed nothing. */
    public LedgerState state() {
        Map<Long, List<Long>> balances = new TreeMap<>();
        ledger.rawBalances().forEach((id, raw) -> {
            if (id != HOLD_FROM.value() && id != HOLD_TO.value()) {
                balances.put(id, List.of(raw[0], raw[1], raw[2], raw[3]));
            }
        });
        List<TrialBalance.Line> lines = ledger.trialBalance().lines().stream()
                .filter(line -> !line.asset().equals(HOLD))
                .toList();
        return new LedgerState(balances, lines);
    }

    /** Balances as raw posted and pending totals per account, and the trial balance lines. */
    public record LedgerState(Map<Long, List<Long>> balances, List<TrialBalance.Line> trialBalance) {}

    /**
     * Submits the requests so that the writer takes them in one batch, in this order: it keeps the
     * writer busy with a transfer between two accounts of its own until all are queued.
     */
    public List<Outcome> inOneBatch(List<? extends TransactionRequest> requests) {
        return inOneBatch(ledger -> ledger.submitAll(requests));
    }

    /**
     * As {@link #inOneBatch(List)}, for submissions of any kind: {@code submit} hands them to the
     * ledger and returns their futures in order.
     */
    public List<Outcome> inOneBatch(Function<Ledger, List<CompletableFuture<Outcome>>> submit) {
        TestClock.Hold hold = clock.holdNextReading();
        CompletableFuture<Outcome> busy = ledger.submit(Transfer.of(
                TransactionId.of(holdIds.incrementAndGet()), TODAY, new Posting(HOLD_FROM, HOLD_TO, HOLD, 1)));
        List<CompletableFuture<Outcome>> futures;
        long batchesBefore;
        long requestsBefore;
        try {
            hold.awaitReader();
            // The one writer is inside the busy transfer's batch, so every earlier batch is counted.
            batchesBefore = ledger.writerStats().batches();
            requestsBefore = ledger.writerStats().requests();
            futures = submit.apply(ledger);
        } finally {
            hold.release();
        }
        assertThat(busy.join().accepted()).isTrue();
        List<Outcome> outcomes = new ArrayList<>(futures.size());
        for (CompletableFuture<Outcome> future : futures) {
            outcomes.add(future.join());
        }
        // The writer counts a batch just after completing its futures.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (ledger.writerStats().requests() < requestsBefore + 1 + futures.size() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(ledger.writerStats().batches())
                .as("the busy transfer's batch and the requests' batch")
                .isEqualTo(batchesBefore + 2);
        return outcomes;
    }

    @Override
    public void close() {
        try {
            ledger.close();
        } finally {
            database.close();
        }
    }
}
