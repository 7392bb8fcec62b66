package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE_SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.BOB_SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.shares;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.util.List;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.testing.LedgerFixture;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A delivery versus payment of 100 shares against 1,000.00 reserved, then settled in part: the
 * settled part is posted and the rest reserved again, as one. A chain is all or nothing.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class LinkedRequestsTest {
    @Parameter
    TestDatabase database;

    LedgerFixture fixture;
    Transfer reservation;

    @BeforeEach
    void reserveADelivery() {
        fixture = LedgerFixture.open(database);
        fixture.payIn(BOB, 1_000_00);
        fixture.deliverShares(ALICE_SHARES, 100);
        reservation = fixture.pending(shares(ALICE_SHARES, BOB_SHARES, 100), usd(BOB, ALICE, 1_000_00));
        fixture.accept(reservation);
    }

    @AfterEach
    void closeLedger() {
        fixture.close();
    }

    private List<TransactionRequest> settleFortyReserveTheRest() {
        return List.of(
                new PostPending(fixture.nextId(), reservation.id(), TODAY, List.of(40L, 400_00L), null),
                fixture.pending(shares(ALICE_SHARES, BOB_SHARES, 60), usd(BOB, ALICE, 600_00)));
    }

    private Outcome submit(List<TransactionRequest> chain) {
        return fixture.ledger().submitLinked(chain, null).join();
    }

    @Test
    void aPartialSettlementPostsItsPartAndReservesTheRestAsOne() {
        List<TransactionRequest> chain = settleFortyReserveTheRest();

        Outcome outcome = submit(chain);

        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        assertThat(outcome.id()).isEqualTo(chain.get(0).id());
        assertThat(fixture.posted(ALICE_SHARES)).isEqualTo(60);
        assertThat(fixture.posted(BOB_SHARES)).isEqualTo(40);
        assertThat(fixture.balance(ALICE_SHARES).debitsPending()).isEqualTo(60);
        assertThat(fixture.balance(ALICE).creditsPending()).isEqualTo(600_00);
        assertThat(fixture.ledger().transaction(chain.get(1).id())).isPresent();
    }

    @Test
    void aRejectedStepLeavesNothingOfTheChain() {
        LedgerState before = fixture.state();
        // The rest asks for more shares than Alice holds: the second step fails, so the first is undone.
        List<TransactionRequest> chain = List.of(
                new PostPending(fixture.nextId(), reservation.id(), TODAY, List.of(40L, 400_00L), null),
                fixture.pending(shares(ALICE_SHARES, BOB_SHARES, 61), usd(BOB, ALICE, 600_00)));

        Outcome outcome = submit(chain);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.INSUFFICIENT_BALANCE);
            assertThat(r.id()).isEqualTo(chain.get(0).id());
            assertThat(r.detail()).startsWith("linked step 2 of 2");
        });
        assertThat(fixture.state()).isEqualTo(before);
        assertThat(fixture.ledger().transaction(chain.get(0).id())).isEmpty();
        assertThat(fixture.ledger().transaction(chain.get(1).id())).isEmpty();
        // The reservation is still whole and can be posted in full.
        fixture.accept(PostPending.full(fixture.nextId(), reservation.id(), TODAY));
        assertThat(fixture.posted(ALICE_SHARES)).isZero();
    }

    @Test
    void aRejectedChainDoesNotFailItsNeighboursInTheBatch() {
        fixture.payIn(ALICE, 30_00);
        Transfer before = fixture.transfer(usd(ALICE, BOB, 10_00));
        List<TransactionRequest> failing = List.of(
                VoidPending.of(fixture.nextId(), reservation.id(), TODAY),
                PostPending.full(fixture.nextId(), reservation.id(), TODAY));
        Transfer after = fixture.transfer(usd(ALICE, BOB, 20_00));

        List<Outcome> outcomes = fixture.inOneBatch(
                ledger -> List.of(ledger.submit(before), ledger.submitLinked(failing, null), ledger.submit(after)));

        assertThat(outcomes.get(0).accepted()).isTrue();
        LedgerFixture.assertRejected(outcomes.get(1), RejectionReason.PENDING_ALREADY_RESOLVED);
        assertThat(outcomes.get(2).accepted()).isTrue();
        assertThat(fixture.balance(ALICE_SHARES).debitsPending()).isEqualTo(100);
    }

    @Test
    void aLaterStepMayReferToAnEarlierOne() {
        Transfer reserve = fixture.pending(usd(ALICE, BOB, 5_00));
        fixture.payIn(ALICE, 5_00);
        List<TransactionRequest> chain = List.of(reserve, PostPending.full(fixture.nextId(), reserve.id(), TODAY));

        assertThat(submit(chain).accepted()).isTrue();
        assertThat(fixture.posted(ALICE)).isZero();
    }

    @Test
    void aRetriedChainIsAReplayAndAPartlyStoredOneIsAReuse() {
        List<TransactionRequest> chain = settleFortyReserveTheRest();
        submit(chain);
        LedgerState settled = fixture.state();

        assertThat(submit(chain))
                .isInstanceOfSatisfying(
                        Outcome.Accepted.class, a -> assertThat(a.replay()).isTrue());
        Outcome reuse = submit(List.of(
                chain.get(0), new Reversal(fixture.nextId(), chain.get(0).id(), TODAY, null)));

        LedgerFixture.assertRejected(reuse, RejectionReason.ID_REUSED_WITH_OTHER_CONTENT);
        assertThat(fixture.state()).isEqualTo(settled);
    }

    @Test
    void anIdUsedTwiceInOneChainIsMalformed() {
        Transfer transfer = fixture.transfer(usd(ALICE, BOB, 1));
        TransactionId reused = transfer.id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.ledger()
                        .submitLinked(List.of(transfer, VoidPending.of(reused, reservation.id(), TODAY)), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requests:");
    }
}
