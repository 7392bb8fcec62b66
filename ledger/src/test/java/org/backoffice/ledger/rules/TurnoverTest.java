package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.CAROL;
import static org.backoffice.ledger.testing.LedgerFixture.FEES;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_10;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_11;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_12;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_13;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_14;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_15;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.USD;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.DailyMovement;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.Turnover;
import org.junit.jupiter.api.Test;

/**
 * The bank pays Alice 100.00 on the 10th; Alice pays Bob 30.00 on the 12th; the bank pays Alice
 * 20.00 and Bob pays Carol 5.00 on the 14th; on the 15th a payment of 7.00 from Alice to Bob is
 * reversed the same day, and Alice reserves 9.00 of fees of which 4.00 is posted on the 15th.
 */
class TurnoverTest extends LedgerRuleTest {

    @Override
    void prepare() {
        fixture.accept(Transfer.of(fixture.nextId(), MARCH_10, usd(BANK, ALICE, 100_00)));
        fixture.accept(Transfer.of(fixture.nextId(), MARCH_12, usd(ALICE, BOB, 30_00)));
        fixture.accept(Transfer.of(fixture.nextId(), MARCH_14, usd(BANK, ALICE, 20_00), usd(BOB, CAROL, 5_00)));
        Transfer mistake = Transfer.of(fixture.nextId(), MARCH_15, usd(ALICE, BOB, 7_00));
        fixture.accept(mistake);
        fixture.accept(Reversal.of(fixture.nextId(), mistake.id(), MARCH_15));
        Transfer fee = Transfer.pending(fixture.nextId(), MARCH_15, null, usd(ALICE, FEES, 9_00));
        fixture.accept(fee);
        fixture.accept(PostPending.partial(fixture.nextId(), fee.id(), MARCH_15, 4_00L));
    }

    private Map<AccountId, Turnover.Line> turnover(LocalDate from, LocalDate to) {
        return fixture.ledger().turnover(from, to).lines().stream()
                .collect(Collectors.toMap(Turnover.Line::account, l -> l));
    }

    @Test
    void openingAndPeriodTotalsSplitAtTheFirstDay() {
        Map<AccountId, Turnover.Line> lines = turnover(MARCH_12, MARCH_14);

        assertThat(lines.get(ALICE)).isEqualTo(new Turnover.Line(ALICE, "2010.ALICE", USD, 0, 100_00, 30_00, 20_00));
        assertThat(lines.get(BOB)).isEqualTo(new Turnover.Line(BOB, "2010.BOB", USD, 0, 0, 5_00, 30_00));
        assertThat(lines.get(BANK)).isEqualTo(new Turnover.Line(BANK, "1010", USD, 100_00, 0, 20_00, 0));
        assertThat(lines.get(CAROL)).isEqualTo(new Turnover.Line(CAROL, "2010.CAROL", USD, 0, 0, 0, 5_00));
        assertThat(lines).doesNotContainKey(FEES);
        assertThat(lines.get(ALICE).closing()).isEqualTo(-90_00);
        assertThat(lines.values().stream().mapToLong(Turnover.Line::debits).sum())
                .isEqualTo(lines.values().stream()
                        .mapToLong(Turnover.Line::credits)
                        .sum())
                .isEqualTo(55_00);
    }

    @Test
    void aReversalCountsOnBothSidesAndOnlyPostedPartsOfAReservationCount() {
        Map<AccountId, Turnover.Line> lines = turnover(MARCH_15, TODAY);

        assertThat(lines.get(ALICE)).isEqualTo(new Turnover.Line(ALICE, "2010.ALICE", USD, 30_00, 120_00, 11_00, 7_00));
        assertThat(lines.get(BOB)).isEqualTo(new Turnover.Line(BOB, "2010.BOB", USD, 5_00, 30_00, 7_00, 7_00));
        assertThat(lines.get(FEES)).isEqualTo(new Turnover.Line(FEES, "7010", USD, 0, 0, 0, 4_00));
    }

    @Test
    void theClosingBalancesAreTheTrialBalanceAsOfTheLastDay() {
        for (LocalDate to : List.of(MARCH_11, MARCH_13, MARCH_15)) {
            Map<AccountId, Turnover.Line> lines = turnover(MARCH_11, to);
            fixture.ledger().trialBalanceAsOf(to).lines().forEach(line -> {
                long closing = lines.containsKey(line.account())
                        ? lines.get(line.account()).closing()
                        : 0;
                assertThat(closing).as("%s on %s", line.account(), to).isEqualTo(line.debit() - line.credit());
            });
        }
    }

    @Test
    void aClosedPeriodsSnapshotGivesTheSameFigures() {
        Map<AccountId, Turnover.Line> open = turnover(MARCH_14, TODAY);
        Map<AccountId, Turnover.Line> within = turnover(MARCH_12, MARCH_13);

        fixture.ledger().closePeriod(MARCH_13);

        assertThat(turnover(MARCH_14, TODAY)).isEqualTo(open);
        assertThat(turnover(MARCH_12, MARCH_13)).isEqualTo(within);
    }

    @Test
    void dailyMovementsAreGroupedByValueDate() {
        assertThat(fixture.ledger().dailyMovements(ALICE, MARCH_11, TODAY))
                .containsExactly(
                        new DailyMovement(MARCH_12, 30_00, 0),
                        new DailyMovement(MARCH_14, 0, 20_00),
                        new DailyMovement(MARCH_15, 11_00, 7_00));
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixture.ledger().turnover(MARCH_13, MARCH_12))
                .withMessageStartingWith("from:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixture.ledger().dailyMovements(ALICE, MARCH_13, MARCH_12))
                .withMessageStartingWith("from:");
    }
}
