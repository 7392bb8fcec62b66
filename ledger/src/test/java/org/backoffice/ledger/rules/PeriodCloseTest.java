package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.CAROL;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_10;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_11;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_12;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_13;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_14;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_15;
import static org.backoffice.ledger.testing.LedgerFixture.MARCH_9;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.USD;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.TrialBalance;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.junit.jupiter.api.Test;

/**
 * Today is 16 March 2026. Alice is paid 100.00 on the 10th, pays Bob 30.00 on the 12th, is paid
 * 20.00 on the 14th, and Bob pays Carol 5.00 on the 14th.
 */
class PeriodCloseTest extends LedgerRuleTest {
    /** Posted balances of Alice, Bob, Carol and the bank at the end of each day, by hand. */
    private static final Map<LocalDate, List<Long>> BY_HAND = new LinkedHashMap<>();

    static {
        BY_HAND.put(MARCH_9, List.of(0L, 0L, 0L, 0L));
        BY_HAND.put(MARCH_10, List.of(100_00L, 0L, 0L, 100_00L));
        BY_HAND.put(MARCH_11, List.of(100_00L, 0L, 0L, 100_00L));
        BY_HAND.put(MARCH_12, List.of(70_00L, 30_00L, 0L, 100_00L));
        BY_HAND.put(MARCH_13, List.of(70_00L, 30_00L, 0L, 100_00L));
        BY_HAND.put(MARCH_14, List.of(90_00L, 25_00L, 5_00L, 120_00L));
        BY_HAND.put(MARCH_15, List.of(90_00L, 25_00L, 5_00L, 120_00L));
        BY_HAND.put(TODAY, List.of(90_00L, 25_00L, 5_00L, 120_00L));
    }

    private static final List<AccountId> ACCOUNTS = List.of(ALICE, BOB, CAROL, BANK);

    @Override
    void prepare() {
        fixture.accept(Transfer.of(fixture.nextId(), MARCH_10, usd(BANK, ALICE, 100_00)));
        fixture.accept(Transfer.of(fixture.nextId(), MARCH_12, usd(ALICE, BOB, 30_00)));
        fixture.accept(Transfer.of(fixture.nextId(), MARCH_14, usd(BANK, ALICE, 20_00), usd(BOB, CAROL, 5_00)));
    }

    @Test
    void aPeriodMustEndBeforeToday() {
        for (LocalDate end : List.of(TODAY, TODAY.plusDays(1), TODAY.plusYears(1))) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> fixture.ledger().closePeriod(end))
                    .withMessageStartingWith("periodEnd:");
        }
        assertThat(fixture.ledger().closedThrough()).isEmpty();
        fixture.accept(Transfer.of(fixture.nextId(), MARCH_9, usd(BANK, ALICE, 1)));
    }

    @Test
    void aPeriodMustEndAfterTheLastClosedOne() {
        fixture.ledger().closePeriod(MARCH_12);

        for (LocalDate end : List.of(MARCH_12, MARCH_11, MARCH_9)) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> fixture.ledger().closePeriod(end))
                    .withMessageStartingWith("periodEnd:");
        }
        assertThat(fixture.ledger().closedThrough()).contains(MARCH_12);
        fixture.ledger().closePeriod(MARCH_13);
        assertThat(fixture.ledger().closedThrough()).contains(MARCH_13);
    }

    @Test
    void nothingMayBeDatedInsideAClosedPeriod() {
        Transfer reservation = fixture.pending(usd(ALICE, BOB, 10_00));
        fixture.accept(reservation);
        Transfer payment = fixture.transfer(usd(ALICE, BOB, 10_00));
        fixture.accept(payment);
        fixture.ledger().closePeriod(MARCH_12);
        LedgerState before = fixture.state();

        List<TransactionRequest> refused = List.of(
                Transfer.of(fixture.nextId(), MARCH_12, usd(BANK, ALICE, 1_00)),
                Transfer.of(fixture.nextId(), MARCH_11, usd(BANK, ALICE, 1_00)),
                Transfer.of(fixture.nextId(), LocalDate.of(2020, 1, 1), usd(BANK, ALICE, 1_00)),
                Transfer.pending(fixture.nextId(), MARCH_12, null, usd(BANK, ALICE, 1_00)),
                PostPending.full(fixture.nextId(), reservation.id(), MARCH_12),
                VoidPending.of(fixture.nextId(), reservation.id(), MARCH_10),
                Reversal.of(fixture.nextId(), payment.id(), MARCH_12));
        for (TransactionRequest request : refused) {
            fixture.reject(request, RejectionReason.PERIOD_CLOSED);
            assertThat(fixture.ledger().transaction(request.id())).isEmpty();
        }

        assertThat(fixture.state()).isEqualTo(before);
        fixture.accept(Transfer.of(fixture.nextId(), MARCH_13, usd(BANK, ALICE, 1_00)));
        fixture.accept(PostPending.full(fixture.nextId(), reservation.id(), MARCH_13));
        fixture.accept(Reversal.of(fixture.nextId(), payment.id(), TODAY));
    }

    @Test
    void balancesAsOfEachDayMatchTheHandFiguresBeforeAtAndAfterClosedPeriods() {
        assertBalancesAsOfEachDay("before any close");

        fixture.ledger().closePeriod(MARCH_11);
        fixture.ledger().closePeriod(MARCH_13);

        assertBalancesAsOfEachDay("after closing the 11th and the 13th");
        fixture.accept(Transfer.of(fixture.nextId(), MARCH_15, usd(CAROL, BANK, 5_00)));
        assertThat(fixture.ledger().balanceAsOf(CAROL, MARCH_14).orElseThrow().posted())
                .isEqualTo(5_00);
        assertThat(fixture.ledger().balanceAsOf(CAROL, MARCH_15).orElseThrow().posted())
                .isZero();
        assertThat(fixture.ledger().balanceAsOf(BANK, TODAY).orElseThrow().posted())
                .isEqualTo(115_00);
    }

    private void assertBalancesAsOfEachDay(String when) {
        BY_HAND.forEach((day, expected) -> {
            for (int i = 0; i < ACCOUNTS.size(); i++) {
                Balance balance =
                        fixture.ledger().balanceAsOf(ACCOUNTS.get(i), day).orElseThrow();
                assertThat(balance.posted())
                        .as("%s: account %s as of %s", when, ACCOUNTS.get(i), day)
                        .isEqualTo(expected.get(i));
            }
        });
    }

    @Test
    void trialBalancesAsOfEachDayMatchTheHandFiguresBeforeAtAndAfterClosedPeriods() {
        Map<LocalDate, TrialBalance> before = new LinkedHashMap<>();
        for (LocalDate day : BY_HAND.keySet()) {
            before.put(day, fixture.ledger().trialBalanceAsOf(day));
        }

        fixture.ledger().closePeriod(MARCH_11);
        fixture.ledger().closePeriod(MARCH_13);

        BY_HAND.forEach((day, expected) -> {
            TrialBalance trialBalance = fixture.ledger().trialBalanceAsOf(day);
            assertThat(trialBalance).as("as of %s, after closing", day).isEqualTo(before.get(day));
            assertThat(trialBalance.asOf()).isEqualTo(day);
            assertThat(trialBalance.isBalanced()).isTrue();
            assertThat(line(trialBalance, ALICE).credit())
                    .as("Alice as of %s", day)
                    .isEqualTo(expected.get(0));
            assertThat(line(trialBalance, BOB).credit()).as("Bob as of %s", day).isEqualTo(expected.get(1));
            assertThat(line(trialBalance, CAROL).credit())
                    .as("Carol as of %s", day)
                    .isEqualTo(expected.get(2));
            assertThat(line(trialBalance, BANK).debit())
                    .as("bank as of %s", day)
                    .isEqualTo(expected.get(3));
            assertThat(trialBalance.totals().get(USD).debit()).isEqualTo(expected.get(3));
        });
        assertThat(fixture.ledger().trialBalanceAsOf(TODAY).lines())
                .isEqualTo(fixture.ledger().trialBalance().lines());
    }

    private static TrialBalance.Line line(TrialBalance trialBalance, AccountId account) {
        return trialBalance.lines().stream()
                .filter(l -> l.account().equals(account))
                .findFirst()
                .orElseThrow();
    }
}
