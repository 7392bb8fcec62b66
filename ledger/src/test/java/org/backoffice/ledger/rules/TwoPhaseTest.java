package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.FEES;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.testing.LedgerFixture;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A card authorisation: Alice reserves 60.00 (for Bob, and 1.00 fee), then it is posted, voided or lapses. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class TwoPhaseTest {
    @Parameter
    TestDatabase database;

    LedgerFixture fixture;
    Transfer authorisation;

    @BeforeEach
    void openLedgerWithAnAuthorisation() {
        fixture = LedgerFixture.open(database);
        fixture.payIn(ALICE, 100_00);
        authorisation = Transfer.pending(
                fixture.nextId(), TODAY, Duration.ofMinutes(30), usd(ALICE, BOB, 59_00), usd(ALICE, FEES, 1_00));
        fixture.accept(authorisation);
    }

    @AfterEach
    void closeLedger() {
        fixture.close();
    }

    private TransactionId pendingId() {
        return authorisation.id();
    }

    private void assertNothingPending() {
        for (var account : List.of(ALICE, BOB, FEES)) {
            Balance balance = fixture.balance(account);
            assertThat(balance.debitsPending())
                    .as("debits pending of %s", account)
                    .isZero();
            assertThat(balance.creditsPending())
                    .as("credits pending of %s", account)
                    .isZero();
        }
    }

    @Test
    void aPendingTransferOnlyReserves() {
        Balance alice = fixture.balance(ALICE);
        assertThat(alice.posted()).isEqualTo(100_00);
        assertThat(alice.debitsPending()).isEqualTo(60_00);
        assertThat(alice.available()).isEqualTo(40_00);
        assertThat(alice.projected()).isEqualTo(40_00);
        assertThat(fixture.balance(BOB).posted()).isZero();
        assertThat(fixture.balance(BOB).creditsPending()).isEqualTo(59_00);
        assertThat(fixture.balance(BOB).projected()).isEqualTo(59_00);
        TransactionRecord stored = fixture.ledger().transaction(pendingId()).orElseThrow();
        assertThat(stored.kind()).isEqualTo(TransactionKind.PENDING);
        assertThat(stored.expiresAt()).contains(stored.bookedAt().plus(Duration.ofMinutes(30)));
        assertThat(fixture.ledger()
                        .statement(org.backoffice.ledger.StatementQuery.all(ALICE, 10))
                        .lines())
                .as("a reservation is not a posted movement")
                .hasSize(1);
    }

    @Test
    void postingInFullMovesEverythingReserved() {
        PostPending post = PostPending.full(fixture.nextId(), pendingId(), TODAY);

        fixture.accept(post);

        assertThat(fixture.posted(ALICE)).isEqualTo(40_00);
        assertThat(fixture.posted(BOB)).isEqualTo(59_00);
        assertThat(fixture.posted(FEES)).isEqualTo(1_00);
        assertNothingPending();
        TransactionRecord stored = fixture.ledger().transaction(post.id()).orElseThrow();
        assertThat(stored.kind()).isEqualTo(TransactionKind.POST_PENDING);
        assertThat(stored.related()).contains(pendingId());
        assertThat(stored.postings()).containsExactlyElementsOf(authorisation.postings());
    }

    @Test
    void postingInPartMovesTheGivenAmountsAndReleasesTheRest() {
        PostPending post = PostPending.partial(fixture.nextId(), pendingId(), TODAY, 45_50L, 0L);

        fixture.accept(post);

        assertThat(fixture.posted(ALICE)).isEqualTo(54_50);
        assertThat(fixture.posted(BOB)).isEqualTo(45_50);
        assertThat(fixture.posted(FEES)).isZero();
        assertNothingPending();
        assertThat(fixture.balance(ALICE).available()).isEqualTo(54_50);
        assertThat(fixture.ledger().transaction(post.id()).orElseThrow().postings())
                .as("a zero amount posts nothing")
                .containsExactly(usd(ALICE, BOB, 45_50));
        assertThat(fixture.ledger().trialBalance().isBalanced()).isTrue();
    }

    @Test
    void voidingReleasesTheReservationWithoutMovingAnything() {
        VoidPending release = VoidPending.of(fixture.nextId(), pendingId(), TODAY);

        fixture.accept(release);

        assertThat(fixture.posted(ALICE)).isEqualTo(100_00);
        assertThat(fixture.posted(BOB)).isZero();
        assertThat(fixture.balance(ALICE).available()).isEqualTo(100_00);
        assertNothingPending();
        TransactionRecord stored = fixture.ledger().transaction(release.id()).orElseThrow();
        assertThat(stored.kind()).isEqualTo(TransactionKind.VOID_PENDING);
        assertThat(stored.related()).contains(pendingId());
        assertThat(stored.postings()).isEmpty();
    }

    @Test
    void theReservationLapsesOnlyOnceItsTimeoutHasPassed() {
        fixture.clock().advance(Duration.ofMinutes(29));
        assertThat(fixture.ledger().expireDue()).isZero();
        assertThat(fixture.balance(ALICE).debitsPending()).isEqualTo(60_00);

        fixture.clock().advance(Duration.ofMinutes(2));
        assertThat(fixture.ledger().expireDue()).isEqualTo(1);

        assertNothingPending();
        assertThat(fixture.posted(ALICE)).isEqualTo(100_00);
        assertThat(fixture.balance(ALICE).available()).isEqualTo(100_00);
        assertThat(fixture.ledger().expireDue()).as("nothing left to expire").isZero();
        Outcome late = fixture.execute(PostPending.full(fixture.nextId(), pendingId(), TODAY));
        LedgerFixture.assertRejected(late, RejectionReason.PENDING_ALREADY_RESOLVED);
    }

    @Test
    void postingAfterTheTimeoutIsRefusedEvenBeforeTheReservationIsSweptAway() {
        fixture.clock().advance(Duration.ofMinutes(31));
        LedgerState before = fixture.state();

        fixture.reject(PostPending.full(fixture.nextId(), pendingId(), TODAY), RejectionReason.PENDING_EXPIRED);
        fixture.reject(
                PostPending.partial(fixture.nextId(), pendingId(), TODAY, 1L, 0L), RejectionReason.PENDING_EXPIRED);

        assertThat(fixture.state()).isEqualTo(before);
        assertThat(fixture.ledger().expireDue()).isEqualTo(1);
        assertNothingPending();
    }

    @Test
    void postingBeforeTheTimeoutSucceedsAndLeavesNothingToExpire() {
        fixture.clock().advance(Duration.ofMinutes(29));
        fixture.accept(PostPending.full(fixture.nextId(), pendingId(), TODAY));

        fixture.clock().advance(Duration.ofHours(1));

        assertThat(fixture.ledger().expireDue()).isZero();
        assertThat(fixture.posted(BOB)).isEqualTo(59_00);
    }

    @Test
    void aReservationWithoutTimeoutNeverExpires() {
        Transfer open = fixture.pending(usd(ALICE, BOB, 10_00));
        fixture.accept(open);
        fixture.clock().advance(Duration.ofDays(400));

        assertThat(fixture.ledger().expireDue())
                .as("only the authorisation, which has a timeout")
                .isEqualTo(1);

        assertThat(fixture.balance(ALICE).debitsPending()).isEqualTo(10_00);
        fixture.accept(PostPending.full(fixture.nextId(), open.id(), TODAY));
    }

    static Stream<Arguments> resolutions() {
        return Stream.of(
                resolution("post in full", (f, pending) -> PostPending.full(f.nextId(), pending, TODAY)),
                resolution("post in part", (f, pending) -> PostPending.partial(f.nextId(), pending, TODAY, 1L, 1L)),
                resolution("void", (f, pending) -> VoidPending.of(f.nextId(), pending, TODAY)));
    }

    @ParameterizedTest(name = "{0}, then {1}")
    @MethodSource("twoResolutions")
    void aReservationIsResolvedOnlyOnce(
            BiFunction<LedgerFixture, TransactionId, TransactionRequest> first,
            BiFunction<LedgerFixture, TransactionId, TransactionRequest> second) {
        fixture.accept(first.apply(fixture, pendingId()));
        LedgerState resolved = fixture.state();
        TransactionRequest again = second.apply(fixture, pendingId());

        fixture.reject(again, RejectionReason.PENDING_ALREADY_RESOLVED);

        assertThat(fixture.state()).isEqualTo(resolved);
        assertThat(fixture.ledger().transaction(again.id())).isEmpty();
    }

    static Stream<Arguments> twoResolutions() {
        return resolutions()
                .flatMap(first -> resolutions().map(second -> Arguments.of(first.get()[0], second.get()[0])));
    }

    static Stream<Arguments> amountsThatDoNotFit() {
        return Stream.of(
                amounts("one amount for two postings", 59_00L),
                amounts("three amounts for two postings", 59_00L, 1_00L, 1L),
                amounts("more than reserved on the first posting", 59_01L, 1_00L),
                amounts("more than reserved on the last posting", 1L, 1_01L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amountsThatDoNotFit")
    void aPartialPostMustFitTheReservation(List<Long> amounts) {
        LedgerState before = fixture.state();
        PostPending post = new PostPending(fixture.nextId(), pendingId(), TODAY, amounts, null);

        fixture.reject(post, RejectionReason.AMOUNT_EXCEEDS_PENDING);

        assertThat(fixture.state()).isEqualTo(before);
        assertThat(fixture.ledger().transaction(post.id())).isEmpty();
        fixture.accept(PostPending.partial(fixture.nextId(), pendingId(), TODAY, 59_00L, 1_00L));
    }

    @Test
    void onlyAPendingTransferCanBePostedOrVoided() {
        Transfer posted = fixture.transfer(usd(BANK, BOB, 5_00));
        fixture.accept(posted);
        LedgerState before = fixture.state();

        fixture.reject(PostPending.full(fixture.nextId(), posted.id(), TODAY), RejectionReason.PENDING_NOT_FOUND);
        fixture.reject(VoidPending.of(fixture.nextId(), posted.id(), TODAY), RejectionReason.PENDING_NOT_FOUND);
        fixture.reject(
                VoidPending.of(fixture.nextId(), TransactionId.of(999_999), TODAY), RejectionReason.PENDING_NOT_FOUND);

        assertThat(fixture.state()).isEqualTo(before);
    }

    @Test
    void aReservationAndItsPostCanShareOneBatch() {
        Transfer reservation = fixture.pending(usd(ALICE, BOB, 30_00));
        PostPending post = PostPending.full(fixture.nextId(), reservation.id(), TODAY);
        VoidPending lateVoid = VoidPending.of(fixture.nextId(), reservation.id(), TODAY);

        List<Outcome> outcomes = fixture.inOneBatch(List.of(reservation, post, lateVoid));

        assertThat(outcomes.get(0).accepted()).isTrue();
        assertThat(outcomes.get(1).accepted()).isTrue();
        LedgerFixture.assertRejected(outcomes.get(2), RejectionReason.PENDING_ALREADY_RESOLVED);
        assertThat(fixture.posted(BOB)).isEqualTo(30_00);
        assertThat(fixture.balance(ALICE).debitsPending()).isEqualTo(60_00);
    }

    @Test
    void postingAReservationThatWouldOverflowABalanceIsRejectedWithoutFailingItsNeighbours() {
        fixture.ledger().defineAsset(Asset.goods(Refusals.GOLD.value(), 3));
        fixture.open(Refusals.GOLD_VAULT, "1020", Refusals.GOLD, Side.DEBIT, BalanceLimit.NONE, 0);
        fixture.open(Refusals.GOLD_CLIENT, "2020", Refusals.GOLD, Side.CREDIT, BalanceLimit.NONE, 0);
        fixture.accept(fixture.transfer(
                new Posting(Refusals.GOLD_VAULT, Refusals.GOLD_CLIENT, Refusals.GOLD, Long.MAX_VALUE - 5)));
        Transfer reservation =
                fixture.pending(new Posting(Refusals.GOLD_VAULT, Refusals.GOLD_CLIENT, Refusals.GOLD, 10));
        fixture.accept(reservation);
        LedgerState before = fixture.state();
        Transfer neighbour = fixture.transfer(usd(ALICE, BOB, 1_00));
        PostPending overflowing = PostPending.full(fixture.nextId(), reservation.id(), TODAY);

        List<Outcome> outcomes = fixture.inOneBatch(List.of(overflowing, neighbour));

        LedgerFixture.assertRejected(outcomes.get(0), RejectionReason.AMOUNT_OVERFLOW);
        assertThat(outcomes.get(1).accepted()).isTrue();
        assertThat(fixture.balance(Refusals.GOLD_VAULT).debitsPending()).isEqualTo(10);
        assertThat(fixture.state().balances().get(Refusals.GOLD_VAULT.value()))
                .isEqualTo(before.balances().get(Refusals.GOLD_VAULT.value()));
        assertThat(fixture.posted(BOB)).isEqualTo(1_00);
        fixture.accept(VoidPending.of(fixture.nextId(), reservation.id(), TODAY));
    }

    private static Arguments resolution(String name, BiFunction<LedgerFixture, TransactionId, TransactionRequest> r) {
        return Arguments.of(Named.of(name, r));
    }

    private static Arguments amounts(String name, Long... amounts) {
        return Arguments.of(Named.of(name, List.of(amounts)));
    }
}
