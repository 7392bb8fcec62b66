package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE_SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.BOB_SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.CAROL;
import static org.backoffice.ledger.testing.LedgerFixture.COST_OF_SALES;
import static org.backoffice.ledger.testing.LedgerFixture.FEES;
import static org.backoffice.ledger.testing.LedgerFixture.FLOUR;
import static org.backoffice.ledger.testing.LedgerFixture.FLOUR_STOCK;
import static org.backoffice.ledger.testing.LedgerFixture.SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.USD;
import static org.backoffice.ledger.testing.LedgerFixture.flour;
import static org.backoffice.ledger.testing.LedgerFixture.shares;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.time.Duration;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.TrialBalance;
import org.backoffice.ledger.VoidPending;
import org.junit.jupiter.api.Test;

class TrialBalanceTest extends LedgerRuleTest {

    @Test
    void eachAssetBalancesAfterAMixOfOperations() {
        fixture.payIn(ALICE, 1_000_00);
        fixture.payIn(BOB, 200_00);
        fixture.deliverShares(BOB_SHARES, 50);
        fixture.receiveFlour(12_000);
        fixture.accept(fixture.transfer(shares(BOB_SHARES, ALICE_SHARES, 20), usd(ALICE, BOB, 600_00)));
        Transfer card =
                Transfer.pending(fixture.nextId(), TODAY, null, usd(ALICE, FEES, 50_00), usd(ALICE, CAROL, 10_00));
        fixture.accept(card);
        fixture.accept(PostPending.partial(fixture.nextId(), card.id(), TODAY, 30_00L, 10_00L));
        Transfer cancelled = fixture.pending(usd(BOB, CAROL, 70_00));
        fixture.accept(cancelled);
        fixture.accept(VoidPending.of(fixture.nextId(), cancelled.id(), TODAY));
        Transfer lapsing = Transfer.pending(fixture.nextId(), TODAY, Duration.ofMinutes(5), usd(BOB, FEES, 1_00));
        fixture.accept(lapsing);
        Transfer mistake = fixture.transfer(usd(BOB, CAROL, 99_00));
        fixture.accept(mistake);
        fixture.accept(Reversal.of(fixture.nextId(), mistake.id(), TODAY));
        fixture.accept(fixture.transfer(flour(COST_OF_SALES, FLOUR_STOCK, 4_250)));
        fixture.reject(fixture.transfer(usd(CAROL, BANK, 200_01)), RejectionReason.INSUFFICIENT_BALANCE);
        fixture.clock().advance(Duration.ofMinutes(6));
        assertThat(fixture.ledger().expireDue()).isEqualTo(1);

        TrialBalance trialBalance = fixture.ledger().trialBalance();

        assertThat(trialBalance.isBalanced()).isTrue();
        assertThat(trialBalance.totals()).containsKeys(USD, SHARES, FLOUR);
        assertThat(trialBalance.totals().get(USD)).isEqualTo(new TrialBalance.Totals(USD, 1_200_00, 1_200_00));
        assertThat(trialBalance.totals().get(SHARES)).isEqualTo(new TrialBalance.Totals(SHARES, 50, 50));
        assertThat(trialBalance.totals().get(FLOUR)).isEqualTo(new TrialBalance.Totals(FLOUR, 12_000, 12_000));
        assertThat(trialBalance.lines())
                .as("one column at most is non-zero on each line")
                .allSatisfy(line ->
                        assertThat(line.debit() == 0 || line.credit() == 0).isTrue());
        assertThat(fixture.posted(ALICE)).isEqualTo(1_000_00 - 600_00 - 40_00);
        assertThat(fixture.posted(BOB)).isEqualTo(200_00 + 600_00);
        assertThat(fixture.posted(CAROL)).isEqualTo(10_00);
        assertThat(fixture.posted(FEES)).isEqualTo(30_00);
        assertThat(fixture.ledger().trialBalanceAsOf(TODAY).lines()).isEqualTo(trialBalance.lines());
        assertThat(fixture.ledger()
                        .trialBalanceAsOf(TODAY.minusDays(1))
                        .totals()
                        .get(USD)
                        .debit())
                .isZero();
    }
}
