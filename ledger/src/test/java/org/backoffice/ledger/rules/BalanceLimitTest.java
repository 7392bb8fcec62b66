package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.CAROL;
import static org.backoffice.ledger.testing.LedgerFixture.CAROL_OVERDRAFT;
import static org.backoffice.ledger.testing.LedgerFixture.COST_OF_SALES;
import static org.backoffice.ledger.testing.LedgerFixture.FEES;
import static org.backoffice.ledger.testing.LedgerFixture.FLOUR;
import static org.backoffice.ledger.testing.LedgerFixture.FLOUR_STOCK;
import static org.backoffice.ledger.testing.LedgerFixture.GOODS_RECEIVED;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.flour;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.testing.LedgerFixture;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BalanceLimitTest extends LedgerRuleTest {

    @Test
    void aClientMaySpendHisWholeBalanceButNotOneCentMore() {
        fixture.payIn(ALICE, 100_00);

        fixture.accept(fixture.transfer(usd(ALICE, BOB, 100_00)));
        LedgerState spent = fixture.state();
        Outcome.Rejected overdraft =
                fixture.reject(fixture.transfer(usd(ALICE, BOB, 1)), RejectionReason.INSUFFICIENT_BALANCE);

        assertThat(overdraft.detail()).contains("account " + ALICE);
        assertThat(fixture.state()).isEqualTo(spent);
        assertThat(fixture.posted(ALICE)).isZero();
        assertThat(fixture.posted(BOB)).isEqualTo(100_00);
    }

    @Test
    void anEmptyAccountWithoutOverdraftCannotPayAtAll() {
        fixture.reject(fixture.transfer(usd(BOB, ALICE, 1)), RejectionReason.INSUFFICIENT_BALANCE);

        assertThat(fixture.balance(BOB))
                .extracting(Balance::debitsPosted, Balance::creditsPosted)
                .containsExactly(0L, 0L);
    }

    @Test
    void stockCanBeSoldDownToZeroGramsButNeverBelow() {
        Asset flour = fixture.ledger().asset(FLOUR).orElseThrow();
        assertThat(flour.scale()).isEqualTo(3);
        long twoAndAHalfKilos = 2_500;
        fixture.receiveFlour(twoAndAHalfKilos);

        fixture.accept(fixture.transfer(flour(COST_OF_SALES, FLOUR_STOCK, 2_499)));
        LedgerState oneGramLeft = fixture.state();
        fixture.reject(fixture.transfer(flour(COST_OF_SALES, FLOUR_STOCK, 2)), RejectionReason.INSUFFICIENT_BALANCE);
        assertThat(fixture.state()).isEqualTo(oneGramLeft);
        fixture.accept(fixture.transfer(flour(COST_OF_SALES, FLOUR_STOCK, 1)));

        assertThat(fixture.posted(FLOUR_STOCK)).isZero();
        assertThat(fixture.posted(COST_OF_SALES)).isEqualTo(twoAndAHalfKilos);
        assertThat(fixture.posted(GOODS_RECEIVED)).isEqualTo(2_500);
    }

    @ParameterizedTest(name = "paid in {0}, paying {1}: accepted {2}")
    @CsvSource({
        "0,     10000, true",
        "0,     10001, false",
        "5000,  15000, true",
        "5000,  15001, false",
        "0,     1,     true",
    })
    void anOverdraftLimitAllowsExactlyUpToTheLimit(long paidIn, long payment, boolean accepted) {
        assertThat(CAROL_OVERDRAFT).isEqualTo(100_00);
        if (paidIn > 0) {
            fixture.payIn(CAROL, paidIn);
        }
        LedgerState before = fixture.state();

        Outcome outcome = fixture.execute(fixture.transfer(usd(CAROL, BOB, payment)));

        if (accepted) {
            assertThat(outcome.accepted()).isTrue();
            assertThat(fixture.posted(CAROL)).isEqualTo(paidIn - payment);
        } else {
            LedgerFixture.assertRejected(outcome, RejectionReason.INSUFFICIENT_BALANCE);
            assertThat(fixture.state()).isEqualTo(before);
        }
    }

    @Test
    void anOverdrawnAccountAtItsLimitCanOnlyReceive() {
        fixture.accept(fixture.transfer(usd(CAROL, BOB, CAROL_OVERDRAFT)));

        fixture.reject(fixture.transfer(usd(CAROL, BOB, 1)), RejectionReason.INSUFFICIENT_BALANCE);
        fixture.payIn(CAROL, 30_00);
        fixture.accept(fixture.transfer(usd(CAROL, BOB, 30_00)));

        assertThat(fixture.posted(CAROL)).isEqualTo(-CAROL_OVERDRAFT);
        assertThat(fixture.posted(BOB)).isEqualTo(CAROL_OVERDRAFT + 30_00);
    }

    @Test
    void aReservationCountsAgainstTheLimitAsSoonAsItIsMade() {
        fixture.payIn(ALICE, 100_00);
        Transfer reservation = fixture.pending(usd(ALICE, BOB, 60_00));
        fixture.accept(reservation);
        assertThat(fixture.balance(ALICE).available()).isEqualTo(40_00);

        fixture.reject(fixture.transfer(usd(ALICE, FEES, 40_01)), RejectionReason.INSUFFICIENT_BALANCE);
        fixture.reject(fixture.pending(usd(ALICE, FEES, 40_01)), RejectionReason.INSUFFICIENT_BALANCE);
        fixture.accept(fixture.transfer(usd(ALICE, FEES, 40_00)));
        fixture.reject(fixture.transfer(usd(ALICE, FEES, 1)), RejectionReason.INSUFFICIENT_BALANCE);

        fixture.accept(VoidPending.of(fixture.nextId(), reservation.id(), TODAY));
        fixture.accept(fixture.transfer(usd(ALICE, FEES, 60_00)));
        assertThat(fixture.posted(ALICE)).isZero();
        assertThat(fixture.posted(FEES)).isEqualTo(100_00);
    }

    @Test
    void anIncomingReservationCannotBeSpentBeforeItIsPosted() {
        fixture.payIn(ALICE, 100_00);
        fixture.accept(fixture.pending(usd(ALICE, BOB, 60_00)));

        fixture.reject(fixture.transfer(usd(BOB, FEES, 1)), RejectionReason.INSUFFICIENT_BALANCE);

        Balance bob = fixture.balance(BOB);
        assertThat(bob.posted()).isZero();
        assertThat(bob.projected()).isEqualTo(60_00);
        assertThat(bob.available()).isZero();
    }

    @Test
    void overdraftLimitAndReservationsAddUp() {
        fixture.payIn(CAROL, 20_00);
        fixture.accept(fixture.pending(usd(CAROL, BOB, 70_00)));

        fixture.reject(fixture.transfer(usd(CAROL, BOB, 50_01)), RejectionReason.INSUFFICIENT_BALANCE);
        fixture.accept(fixture.transfer(usd(CAROL, BOB, 50_00)));

        assertThat(fixture.balance(CAROL).available()).isEqualTo(-CAROL_OVERDRAFT);
    }

    @Test
    void theLimitIsCheckedOnTheTransfersTotalNotPostingByPosting() {
        fixture.payIn(ALICE, 10_50);

        fixture.reject(
                fixture.transfer(usd(ALICE, BOB, 10_00), usd(ALICE, FEES, 1_00)), RejectionReason.INSUFFICIENT_BALANCE);
        fixture.accept(fixture.transfer(usd(ALICE, BOB, 10_00), usd(ALICE, FEES, 50)));

        assertThat(fixture.posted(ALICE)).isZero();
    }

    @Test
    void accountsWithoutALimitMayGoEitherWay() {
        fixture.accept(fixture.transfer(usd(FEES, BANK, 5_00)));
        fixture.accept(fixture.transfer(flour(GOODS_RECEIVED, COST_OF_SALES, 7)));

        assertThat(fixture.posted(FEES)).isEqualTo(-5_00);
        assertThat(fixture.posted(BANK)).isEqualTo(-5_00);
        assertThat(fixture.posted(COST_OF_SALES)).isEqualTo(-7);
        assertThat(fixture.ledger().trialBalance().isBalanced()).isTrue();
    }
}
