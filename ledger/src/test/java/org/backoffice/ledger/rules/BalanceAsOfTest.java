package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_10;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_11;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_12;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_13;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_9;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.time.LocalDate;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/**
 * Alice is paid 100.00 on the 10th and reserves 40.00 for Bob the same day; 25.00 of it is posted
 * on the 12th. She reserves 15.00 more on the 11th, voided on the 13th.
 */
class BalanceAsOfTest extends LedgerRuleTest {
    @Override
    void prepare() {
        fixture.accept(Transfer.of(fixture.nextId(), MARCH_10, usd(BANK, ALICE, 100_00)));
        Transfer first = Transfer.pending(fixture.nextId(), MARCH_10, null, usd(ALICE, BOB, 40_00));
        fixture.accept(first);
        Transfer second = Transfer.pending(fixture.nextId(), MARCH_11, null, usd(ALICE, BOB, 15_00));
        fixture.accept(second);
        fixture.accept(PostPending.partial(fixture.nextId(), first.id(), MARCH_12, 25_00L));
        fixture.accept(VoidPending.of(fixture.nextId(), second.id(), MARCH_13));
    }

    private Balance asOf(AccountId account, LocalDate day) {
        return fixture.ledger().balanceAsOf(account, day).orElseThrow();
    }

    @Test
    void aReservationResolvedLaterCountsAsPendingAsOfTheDaysBefore() {
        assertThat(asOf(ALICE, MARCH_9)).isEqualTo(new Balance(ALICE, LedgerFixture.USD, Side.CREDIT, 0, 0, 0, 0));
        assertThat(asOf(ALICE, MARCH_10))
                .isEqualTo(new Balance(ALICE, LedgerFixture.USD, Side.CREDIT, 0, 100_00, 40_00, 0));
        assertThat(asOf(ALICE, MARCH_11))
                .isEqualTo(new Balance(ALICE, LedgerFixture.USD, Side.CREDIT, 0, 100_00, 55_00, 0));
        assertThat(asOf(ALICE, MARCH_12))
                .isEqualTo(new Balance(ALICE, LedgerFixture.USD, Side.CREDIT, 25_00, 100_00, 15_00, 0));
        assertThat(asOf(ALICE, MARCH_13))
                .isEqualTo(new Balance(ALICE, LedgerFixture.USD, Side.CREDIT, 25_00, 100_00, 0, 0));
        assertThat(asOf(BOB, MARCH_11).creditsPending()).isEqualTo(55_00);
        assertThat(asOf(BOB, MARCH_12).posted()).isEqualTo(25_00);
        assertThat(asOf(BOB, MARCH_12).projected()).isEqualTo(40_00);
        assertThat(asOf(ALICE, MARCH_11).available()).isEqualTo(45_00);
    }

    @Test
    void theBalanceAsOfTodayIsTheBalanceNowWhenNothingIsDatedLater() {
        assertThat(asOf(ALICE, TODAY)).isEqualTo(fixture.balance(ALICE));
        assertThat(asOf(BOB, TODAY)).isEqualTo(fixture.balance(BOB));
    }

    @Test
    void aMovementDatedTomorrowIsInTheBalanceNowButNotAsOfToday() {
        fixture.accept(Transfer.of(fixture.nextId(), TODAY.plusDays(1), usd(ALICE, BOB, 5_00)));

        assertThat(fixture.posted(ALICE)).isEqualTo(70_00);
        assertThat(asOf(ALICE, TODAY).posted()).isEqualTo(75_00);
        assertThat(asOf(ALICE, TODAY.plusDays(1)).posted()).isEqualTo(70_00);
    }

    @Test
    void anUnknownAccountHasNoBalance() {
        assertThat(fixture.ledger().balanceAsOf(AccountId.of(404), TODAY)).isEmpty();
        assertThat(fixture.ledger().balance(AccountId.of(404))).isEmpty();
    }

    @Test
    void severalBalancesAreReadAtOnceAndAnUnknownAccountIsLeftOut() {
        AccountId unknown = AccountId.of(987_654);

        java.util.Map<AccountId, Balance> balances =
                fixture.ledger().balances(java.util.List.of(ALICE, BOB, unknown, ALICE));

        assertThat(balances).containsOnlyKeys(ALICE, BOB);
        assertThat(balances.get(ALICE))
                .isEqualTo(fixture.ledger().balance(ALICE).orElseThrow());
        assertThat(balances.get(BOB)).isEqualTo(fixture.ledger().balance(BOB).orElseThrow());
        assertThat(balances.get(ALICE).posted()).isEqualTo(75_00);
    }
}
