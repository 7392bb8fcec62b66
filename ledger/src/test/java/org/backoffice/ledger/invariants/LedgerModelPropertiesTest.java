package org.backoffice.ledger.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;
import net.jqwik.api.statistics.StatisticsReport;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.OpenAccount;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.invariants.LedgerModel.Expected;
import org.backoffice.ledger.testing.LedgerInvariants;
import org.backoffice.ledger.testing.MutableClock;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;

/**
 * For any stream of transfers, pending transfers, posts, voids, reversals, retries, clock moves and
 * expiry runs, the engine decides every request as the in-memory model does and ends with the
 * model's balances; the books balance, no limit is crossed, and replaying the stream changes nothing
 * that was accepted.
 *
 * <p>Requests between two clock moves are submitted together without waiting, so that the writer
 * batches them as it likes: the outcome must not depend on how requests fall into batches.
 */
class LedgerModelPropertiesTest {
    private static final LocalDate VALUE_DATE = LocalDate.of(2026, 3, 2);
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final String[] ASSETS = {"USD", "EUR", "ACME"};
    /** The accounts of each asset, as indexes into {@link #ACCOUNTS}. */
    private static final int[][] ACCOUNTS_OF_ASSET = {{0, 1, 2}, {3, 4}, {5, 6}};

    private record AccountTemplate(int asset, Side side, BalanceLimit limit, long overdraft) {}

    private static final List<AccountTemplate> ACCOUNTS = List.of(
            new AccountTemplate(0, Side.DEBIT, BalanceLimit.NONE, 0),
            new AccountTemplate(0, Side.CREDIT, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS, 0),
            new AccountTemplate(0, Side.CREDIT, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS, 300),
            new AccountTemplate(1, Side.CREDIT, BalanceLimit.NONE, 0),
            new AccountTemplate(1, Side.DEBIT, BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS, 0),
            new AccountTemplate(2, Side.CREDIT, BalanceLimit.NONE, 0),
            new AccountTemplate(2, Side.DEBIT, BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS, 0));

    /** One step of a generated stream. References to earlier requests are indexes, resolved when run. */
    sealed interface Step {}

    /** {@code oddity}: 0 an account that does not exist, 1 an account of another asset, else a proper posting. */
    record PostingSpec(int asset, int from, int to, long amount, int oddity) {}

    record NewTransfer(List<PostingSpec> postings, boolean pending, int timeout) implements Step {}

    /** {@code percents} empty for a full post; one more percent than postings is a wrong count. */
    record Post(int ref, List<Integer> percents) implements Step {}

    record Void(int ref) implements Step {}

    record Reverse(int ref) implements Step {}

    record Retry(int ref, boolean changed) implements Step {}

    /** Two or three of the requests above, linked: all or none. */
    record Linked(List<Step> parts) implements Step {}

    /** Waits for everything submitted, then moves the clock forward. */
    record Tick(int seconds) implements Step {}

    /** Waits for everything submitted, then expires what is due. */
    record ExpireDue() implements Step {}

    /** Waits for everything submitted. */
    record Await() implements Step {}

    /** One ledger per property on one scratch database; each try opens accounts and ids of its own. */
    private ScratchDatabase database;

    private Ledger ledger;
    private MutableClock clock;
    private final AtomicLong nextBase = new AtomicLong();

    @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED)
    @StatisticsReport(onFailureOnly = true)
    void engineAgreesWithTheModelOnSqlite(@ForAll("streams") List<Step> steps) {
        run(TestDatabase.SQLITE, steps);
        Statistics.coverage(LedgerModelPropertiesTest::coversTheRules);
    }

    @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED)
    @StatisticsReport(onFailureOnly = true)
    void engineAgreesWithTheModelOnPostgresql(@ForAll("streams") List<Step> steps) {
        if (!TestDatabase.postgresAvailable()) {
            return;
        }
        run(TestDatabase.POSTGRESQL, steps);
        Statistics.coverage(LedgerModelPropertiesTest::coversTheRules);
    }

    /** The streams must reach the rules that matter, or agreeing with the model proves little. */
    private static void coversTheRules(StatisticsCoverage coverage) {
        for (String[] outcome : new String[][] {
            {"Transfer", "Accepted"},
            {"Transfer", "Accepted(replay)"},
            {"Transfer", "Rejected(INSUFFICIENT_BALANCE)"},
            {"Transfer", "Rejected(ID_REUSED_WITH_OTHER_CONTENT)"},
            {"PostPending", "Accepted"},
            {"PostPending", "Rejected(AMOUNT_EXCEEDS_PENDING)"},
            {"PostPending", "Rejected(PENDING_ALREADY_RESOLVED)"},
            {"VoidPending", "Accepted"},
            {"Reversal", "Accepted"},
            {"Linked", "Accepted"},
        }) {
            coverage.check((Object[]) outcome).count(n -> n > 0);
        }
    }

    @AfterProperty
    void closeLedger() {
        if (ledger != null) {
            ledger.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private void open(TestDatabase kind) {
        if (ledger != null) {
            return;
        }
        database = kind.create();
        clock = new MutableClock(START);
        ledger = Ledger.open(database.config().withClock(clock).withWriters(1));
        ledger.defineAsset(Asset.currency("USD", 2));
        ledger.defineAsset(Asset.currency("EUR", 2));
        ledger.defineAsset(Asset.security("ACME"));
    }

    /** Runs one stream against the engine and the model, then replays it. */
    private void run(TestDatabase kind, List<Step> steps) {
        open(kind);
        // Whatever earlier tries left pending lapses now, so that expiry runs see this try's alone.
        clock.advance(Duration.ofHours(1));
        ledger.expireDue();
        Stream stream = new Stream(nextBase.addAndGet(1_000));
        stream.fundLimitedAccounts();
        for (Step step : steps) {
            stream.step(step);
        }
        stream.awaitAll();
        stream.assertBalancesAgree();
        LedgerInvariants.assertHold(ledger, database.url());

        stream.replay();
        stream.assertBalancesAgree();
        LedgerInvariants.assertHold(ledger, database.url());
    }

    /** One try: its accounts, the model, and what was submitted so far. */
    private final class Stream {
        private final long base;
        private final LedgerModel model = new LedgerModel();
        private final List<TransactionRequest> sent = new ArrayList<>();
        private final List<Transfer> pendings = new ArrayList<>();
        private final List<TransactionRequest> movements = new ArrayList<>();
        private final List<InFlight> inFlight = new ArrayList<>();
        /** When each id was first accepted: a replay reports the same booking time. */
        private final Map<Long, Instant> bookedAt = new HashMap<>();

        private long nextId;

        /** @param linked a chain answered under its first request's id */
        private record InFlight(
                TransactionRequest request, Expected expected, CompletableFuture<Outcome> future, boolean linked) {}

        Stream(long base) {
            this.base = base;
            this.nextId = base;
            for (int i = 0; i < ACCOUNTS.size(); i++) {
                AccountTemplate a = ACCOUNTS.get(i);
                OpenAccount open = new OpenAccount(
                        org.backoffice.ledger.AccountId.of(account(i)),
                        "ACC" + i,
                        AssetCode.of(ASSETS[a.asset()]),
                        "-",
                        a.side(),
                        a.limit(),
                        a.overdraft());
                ledger.openAccount(open);
                model.openAccount(account(i), ASSETS[a.asset()], a.limit(), a.overdraft());
            }
        }

        private long account(int index) {
            return base + 1 + index;
        }

        /** Gives each limited account something to spend, so that most requests can go through. */
        void fundLimitedAccounts() {
            send(Transfer.of(
                    newId(),
                    VALUE_DATE,
                    Posting.of(account(0), account(1), "USD", 600),
                    Posting.of(account(0), account(2), "USD", 100)));
            send(Transfer.of(newId(), VALUE_DATE, Posting.of(account(4), account(3), "EUR", 500)));
            send(Transfer.of(newId(), VALUE_DATE, Posting.of(account(6), account(5), "ACME", 300)));
        }

        void step(Step step) {
            switch (step) {
                case NewTransfer t -> send(transfer(t));
                case Post p -> send(post(p));
                case Void v -> send(VoidPending.of(newId(), pendingRef(v.ref()), VALUE_DATE));
                case Reverse r -> send(Reversal.of(newId(), movementRef(r.ref()), VALUE_DATE));
                case Linked l -> {
                    List<TransactionRequest> chain = new ArrayList<>();
                    for (Step part : l.parts()) {
                        chain.add(request(part));
                    }
                    sendLinked(chain);
                }
                case Retry r -> {
                    if (!sent.isEmpty()) {
                        TransactionRequest earlier = sent.get(r.ref() % sent.size());
                        send(r.changed() ? changed(earlier) : earlier);
                    }
                }
                case Tick t -> {
                    awaitAll();
                    clock.advance(Duration.ofSeconds(t.seconds()));
                }
                case ExpireDue e -> {
                    awaitAll();
                    int expected = model.expireDue(clock.instant());
                    Statistics.collect("expiry run", expected > 0 ? "expired some" : "expired none");
                    assertThat(ledger.expireDue())
                            .as("pending transfers expired")
                            .isEqualTo(expected);
                }
                case Await a -> awaitAll();
            }
        }

        private TransactionRequest request(Step part) {
            return switch (part) {
                case NewTransfer t -> transfer(t);
                case Post p -> post(p);
                case Void v -> VoidPending.of(newId(), pendingRef(v.ref()), VALUE_DATE);
                case Reverse r -> Reversal.of(newId(), movementRef(r.ref()), VALUE_DATE);
                default -> throw new IllegalArgumentException("not a request: " + part);
            };
        }

        private void sendLinked(List<TransactionRequest> chain) {
            Expected expected = model.applyLinked(chain, clock.instant());
            sent.addAll(chain);
            inFlight.add(new InFlight(chain.get(0), expected, ledger.submitLinked(chain, null), true));
        }

        private TransactionId newId() {
            return TransactionId.of(++nextId);
        }

        private Transfer transfer(NewTransfer spec) {
            List<Posting> postings = new ArrayList<>();
            for (PostingSpec p : spec.postings()) {
                int[] candidates = ACCOUNTS_OF_ASSET[p.asset()];
                long debit = account(candidates[p.from() % candidates.length]);
                long credit =
                        account(candidates[(p.from() + 1 + p.to() % (candidates.length - 1)) % candidates.length]);
                switch (p.oddity()) {
                    case 0 -> debit = base + 999;
                    case 1 -> credit = account(ACCOUNTS_OF_ASSET[(p.asset() + 1) % ASSETS.length][0]);
                    default -> {}
                }
                postings.add(Posting.of(debit, credit, ASSETS[p.asset()], p.amount()));
            }
            Duration timeout = spec.pending() ? LedgerModel.timeoutOf(spec.timeout()) : null;
            Transfer transfer = new Transfer(newId(), VALUE_DATE, postings, spec.pending(), timeout, Memo.NONE);
            if (spec.pending()) {
                pendings.add(transfer);
            } else {
                movements.add(transfer);
            }
            return transfer;
        }

        private PostPending post(Post spec) {
            TransactionId pendingId = pendingRef(spec.ref());
            Transfer pending = pendings.stream()
                    .filter(t -> t.id().equals(pendingId))
                    .findFirst()
                    .orElse(null);
            PostPending post;
            if (spec.percents().isEmpty() || pending == null) {
                post = PostPending.full(newId(), pendingId, VALUE_DATE);
            } else {
                List<Long> amounts = new ArrayList<>();
                int count = spec.percents().size() > pending.postings().size()
                        ? pending.postings().size() + 1
                        : pending.postings().size();
                for (int i = 0; i < count; i++) {
                    long reserved = pending.postings()
                            .get(Math.min(i, pending.postings().size() - 1))
                            .amount();
                    amounts.add(
                            reserved * spec.percents().get(i % spec.percents().size()) / 100);
                }
                if (amounts.stream().allMatch(a -> a == 0)) {
                    amounts.set(0, 1L);
                }
                post = new PostPending(newId(), pendingId, VALUE_DATE, amounts, Memo.NONE);
            }
            movements.add(post);
            return post;
        }

        /** Mostly a pending transfer sent earlier; sometimes another request's id, or one never used. */
        private TransactionId pendingRef(int ref) {
            if (ref % 7 == 0 || pendings.isEmpty()) {
                return sent.isEmpty() || ref % 2 == 0
                        ? TransactionId.of(base + 900)
                        : sent.get(ref % sent.size()).id();
            }
            return pendings.get(ref % pendings.size()).id();
        }

        /** Mostly a transfer or post sent earlier; sometimes any request's id, or one never used. */
        private TransactionId movementRef(int ref) {
            if (ref % 7 == 0 || movements.isEmpty()) {
                return sent.isEmpty() || ref % 2 == 0
                        ? TransactionId.of(base + 900)
                        : sent.get(ref % sent.size()).id();
            }
            return movements.get(ref % movements.size()).id();
        }

        private TransactionRequest changed(TransactionRequest earlier) {
            return switch (earlier) {
                case Transfer t -> t.withMemo(Memo.reference("CHANGED"));
                case PostPending p ->
                    new PostPending(p.id(), p.pendingId(), p.valueDate().plusDays(1), p.amounts(), p.memo());
                case VoidPending v ->
                    VoidPending.of(v.id(), v.pendingId(), v.valueDate().plusDays(1));
                case Reversal r ->
                    Reversal.of(r.id(), r.originalId(), r.valueDate().plusDays(1));
            };
        }

        private void send(TransactionRequest request) {
            Expected expected = model.apply(request, clock.instant());
            sent.add(request);
            inFlight.add(new InFlight(request, expected, ledger.submit(request), false));
        }

        void awaitAll() {
            for (InFlight f : inFlight) {
                Outcome outcome = f.future().join();
                Statistics.collect(
                        f.linked() ? "Linked" : f.request().getClass().getSimpleName(), describe(outcome));
                assertThat(describe(outcome))
                        .as("outcome of %s%s", f.linked() ? "the chain starting with " : "", f.request())
                        .isEqualTo(f.expected().toString());
                if (outcome instanceof Outcome.Accepted accepted) {
                    long key = f.linked()
                            ? -f.request().id().value()
                            : f.request().id().value();
                    Instant first = bookedAt.putIfAbsent(key, accepted.bookedAt());
                    if (first != null) {
                        assertThat(accepted.bookedAt())
                                .as("booking time of replayed %s", f.request())
                                .isEqualTo(first);
                    }
                }
            }
            inFlight.clear();
        }

        void assertBalancesAgree() {
            Map<Long, long[]> raw = ledger.rawBalances();
            model.balances()
                    .forEach((id, expected) -> assertThat(raw.get(id))
                            .as(
                                    "balance of account %d (debits posted, credits posted, debits pending, credits pending)",
                                    id)
                            .containsExactly(expected));
        }

        /** Sends the whole stream again: what was accepted is a replay, and the rest is decided as the model says. */
        void replay() {
            Map<Long, long[]> before = ledger.rawBalances();
            List<TransactionRequest> again = List.copyOf(sent);
            List<Expected> expected = new ArrayList<>();
            for (TransactionRequest request : again) {
                Expected e = model.apply(request, clock.instant());
                expected.add(e);
                inFlight.add(new InFlight(request, e, ledger.submit(request), false));
            }
            awaitAll();
            if (expected.stream().allMatch(e -> e.replay() || !e.accepted())) {
                assertThat(ledger.rawBalances()).as("balances after a replay").containsOnlyKeys(before.keySet());
                before.forEach(
                        (id, b) -> assertThat(ledger.rawBalances().get(id)).containsExactly(b));
            }
        }
    }

    private static String describe(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Accepted a -> a.replay() ? "Accepted(replay)" : "Accepted";
            case Outcome.Rejected r -> "Rejected(" + r.reason() + ")";
        };
    }

    @Provide
    Arbitrary<List<Step>> streams() {
        Arbitrary<Integer> ref = Arbitraries.integers().between(0, 1_000).withoutEdgeCases();
        Arbitrary<PostingSpec> posting = Combinators.combine(
                        Arbitraries.integers().between(0, ASSETS.length - 1),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.longs().between(1, 400),
                        Arbitraries.integers().between(0, 39).withoutEdgeCases())
                .as(PostingSpec::new);
        Arbitrary<Step> transfer = Combinators.combine(
                        posting.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.integers().between(0, 1).map(n -> n == 0).withoutEdgeCases(),
                        Arbitraries.integers().between(0, 3))
                .as(NewTransfer::new);
        Arbitrary<Step> post = Combinators.combine(
                        ref, Arbitraries.integers().between(0, 120).list().ofMaxSize(4))
                .as(Post::new);
        Arbitrary<Step> retry =
                Combinators.combine(ref, Arbitraries.of(true, false)).as(Retry::new);
        Arbitrary<Step> linked = Arbitraries.frequencyOf(
                        Tuple.of(5, transfer),
                        Tuple.of(4, post),
                        Tuple.of(2, ref.map(Void::new)),
                        Tuple.of(2, ref.map(Reverse::new)))
                .list()
                .ofMinSize(2)
                .ofMaxSize(3)
                .map(Linked::new);
        return Arbitraries.frequencyOf(
                        Tuple.of(30, transfer),
                        Tuple.of(12, post),
                        Tuple.of(5, ref.map(Void::new)),
                        Tuple.of(6, ref.map(Reverse::new)),
                        Tuple.of(7, retry),
                        Tuple.of(8, linked),
                        Tuple.of(6, Arbitraries.integers().between(1, 3).map(Tick::new)),
                        Tuple.of(3, Arbitraries.just(new ExpireDue())),
                        Tuple.of(3, Arbitraries.just(new Await())))
                .list()
                .ofMinSize(10)
                .ofMaxSize(60);
    }
}
