package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE_SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.BOB_SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.FEES;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.shares;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.backoffice.ledger.AccountClosing;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.testing.LedgerFixture;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReversalTest extends LedgerRuleTest {
    @Override
    void prepare() {
        fixture.payIn(ALICE, 2_000_00);
        fixture.deliverShares(BOB_SHARES, 10);
    }

    @Test
    void aReversalMovesEveryPostingBackAndReferencesTheOriginal() {
        LedgerState before = fixture.state();
        Transfer trade = fixture.transfer(
                shares(BOB_SHARES, ALICE_SHARES, 10), usd(ALICE, BOB, 1_500_00), usd(ALICE, FEES, 7_50));
        fixture.accept(trade);
        TransactionRecord original = fixture.ledger().transaction(trade.id()).orElseThrow();
        Reversal reversal = Reversal.of(fixture.nextId(), trade.id(), TODAY);

        fixture.accept(reversal);

        assertThat(fixture.state().balances())
                .as("every account's net posted balance is back where it was")
                .allSatisfy((id, raw) -> assertThat(raw.get(0) - raw.get(1))
                        .isEqualTo(before.balances().get(id).get(0)
                                - before.balances().get(id).get(1)));
        assertThat(fixture.posted(ALICE)).isEqualTo(2_000_00);
        assertThat(fixture.posted(BOB_SHARES)).isEqualTo(10);
        assertThat(fixture.posted(ALICE_SHARES)).isZero();
        TransactionRecord stored = fixture.ledger().transaction(reversal.id()).orElseThrow();
        assertThat(stored.kind()).isEqualTo(TransactionKind.REVERSAL);
        assertThat(stored.related()).contains(trade.id());
        assertThat(stored.postings())
                .containsExactly(
                        shares(ALICE_SHARES, BOB_SHARES, 10), usd(BOB, ALICE, 1_500_00), usd(FEES, ALICE, 7_50));
        assertThat(fixture.ledger().transaction(trade.id()))
                .as("the original stays as it was")
                .contains(original);
        assertThat(fixture.ledger().trialBalance().isBalanced()).isTrue();
    }

    @Test
    void reversingAPostedReservationMovesBackWhatWasPostedOnly() {
        Transfer reservation = fixture.pending(usd(ALICE, BOB, 80_00), usd(ALICE, FEES, 2_00));
        fixture.accept(reservation);
        PostPending post = PostPending.partial(fixture.nextId(), reservation.id(), TODAY, 50_00L, 0L);
        fixture.accept(post);

        fixture.accept(Reversal.of(fixture.nextId(), post.id(), TODAY));

        assertThat(fixture.posted(ALICE)).isEqualTo(2_000_00);
        assertThat(fixture.posted(BOB)).isZero();
        assertThat(fixture.posted(FEES)).isZero();
        assertThat(fixture.balance(ALICE).debitsPending()).isZero();
    }

    @Test
    void aTransactionIsReversedAtMostOnce() {
        Transfer payment = fixture.transfer(usd(ALICE, BOB, 10_00));
        fixture.accept(payment);
        fixture.accept(Reversal.of(fixture.nextId(), payment.id(), TODAY));
        LedgerState reversed = fixture.state();
        Reversal second = Reversal.of(fixture.nextId(), payment.id(), TODAY);

        fixture.reject(second, RejectionReason.ALREADY_REVERSED);

        assertThat(fixture.state()).isEqualTo(reversed);
        assertThat(fixture.ledger().transaction(second.id())).isEmpty();
    }

    static Stream<Arguments> notPostedMovements() {
        return Stream.of(
                notPosted("a pending transfer", f -> {
                    Transfer pending = f.pending(usd(ALICE, BOB, 10_00));
                    f.accept(pending);
                    return pending.id();
                }),
                notPosted("a void", f -> {
                    Transfer pending = f.pending(usd(ALICE, BOB, 10_00));
                    f.accept(pending);
                    VoidPending release = VoidPending.of(f.nextId(), pending.id(), TODAY);
                    f.accept(release);
                    return release.id();
                }),
                notPosted("a reversal", f -> {
                    Transfer payment = f.transfer(usd(ALICE, BOB, 10_00));
                    f.accept(payment);
                    Reversal reversal = Reversal.of(f.nextId(), payment.id(), TODAY);
                    f.accept(reversal);
                    return reversal.id();
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notPostedMovements")
    void onlyPostedMovementsCanBeReversed(Function<LedgerFixture, TransactionId> prepare) {
        TransactionId original = prepare.apply(fixture);
        LedgerState before = fixture.state();

        fixture.reject(Reversal.of(fixture.nextId(), original, TODAY), RejectionReason.NOT_REVERSIBLE);

        assertThat(fixture.state()).isEqualTo(before);
    }

    @Test
    void anUnknownOriginalCannotBeReversed() {
        LedgerState before = fixture.state();

        fixture.reject(
                Reversal.of(fixture.nextId(), TransactionId.of(987_654), TODAY), RejectionReason.ORIGINAL_NOT_FOUND);

        assertThat(fixture.state()).isEqualTo(before);
    }

    @Test
    void aReversalMayNotOverdrawAnAccount() {
        Transfer payIn = fixture.transfer(usd(BANK, BOB, 10_00));
        fixture.accept(payIn);
        fixture.accept(fixture.transfer(usd(BOB, FEES, 4_00)));
        LedgerState before = fixture.state();

        fixture.reject(Reversal.of(fixture.nextId(), payIn.id(), TODAY), RejectionReason.INSUFFICIENT_BALANCE);

        assertThat(fixture.state()).isEqualTo(before);
    }

    @Test
    void aReversalIntoAClosedAccountIsRefused() {
        Transfer payIn = fixture.transfer(usd(BANK, BOB, 10_00));
        fixture.accept(payIn);
        fixture.accept(fixture.transfer(usd(BOB, FEES, 10_00)));
        assertThat(fixture.ledger().closeAccount(BOB)).isInstanceOf(AccountClosing.Closed.class);

        fixture.reject(Reversal.of(fixture.nextId(), payIn.id(), TODAY), RejectionReason.ACCOUNT_CLOSED);
    }

    @Test
    void aTransferAndItsReversalCanShareOneBatch() {
        Transfer payment = fixture.transfer(usd(ALICE, BOB, 25_00));
        Reversal reversal = Reversal.of(fixture.nextId(), payment.id(), TODAY);
        Reversal again = Reversal.of(fixture.nextId(), payment.id(), TODAY);

        List<Outcome> outcomes = fixture.inOneBatch(List.of(payment, reversal, again));

        assertThat(outcomes.get(0).accepted()).isTrue();
        assertThat(outcomes.get(1).accepted())
                .as("the reversal, %s", outcomes.get(1))
                .isTrue();
        LedgerFixture.assertRejected(outcomes.get(2), RejectionReason.ALREADY_REVERSED);
        assertThat(fixture.posted(ALICE)).isEqualTo(2_000_00);
        assertThat(fixture.posted(BOB)).isZero();
        assertThat(fixture.ledger().transaction(reversal.id()).orElseThrow().postings())
                .containsExactly(new Posting(BOB, ALICE, LedgerFixture.USD, 25_00));
    }

    @Test
    void aPostAndItsReversalCanShareOneBatch() {
        Transfer reservation = fixture.pending(usd(ALICE, BOB, 25_00));
        fixture.accept(reservation);
        PostPending post = PostPending.partial(fixture.nextId(), reservation.id(), TODAY, 20_00L);
        Reversal reversal = Reversal.of(fixture.nextId(), post.id(), TODAY);

        List<Outcome> outcomes = fixture.inOneBatch(List.of(post, reversal));

        assertThat(outcomes)
                .allSatisfy(outcome ->
                        assertThat(outcome.accepted()).as("%s", outcome).isTrue());
        assertThat(fixture.posted(ALICE)).isEqualTo(2_000_00);
        assertThat(fixture.posted(BOB)).isZero();
    }

    private static Arguments notPosted(String name, Function<LedgerFixture, TransactionId> prepare) {
        return Arguments.of(Named.of(name, prepare));
    }
}
