package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE_SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.BOB_SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.DEPOSITORY;
import static org.backoffice.ledger.testing.LedgerFixture.FEES;
import static org.backoffice.ledger.testing.LedgerFixture.SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.USD;
import static org.backoffice.ledger.testing.LedgerFixture.shares;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.TrialBalance;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.junit.jupiter.api.Test;

/** Delivery versus payment: Bob sells Alice 10 shares for 1,500.00 in one transfer. */
class MultiAssetTransferTest extends LedgerRuleTest {
    private static final long PRICE = 1_500_00;

    private Transfer deliveryVersusPayment() {
        return fixture.transfer(shares(BOB_SHARES, ALICE_SHARES, 10), usd(ALICE, BOB, PRICE));
    }

    @Test
    void sharesAndCashChangeHandsInOneTransfer() {
        fixture.deliverShares(BOB_SHARES, 10);
        fixture.payIn(ALICE, PRICE);
        Transfer dvp = deliveryVersusPayment();

        fixture.accept(dvp);

        assertThat(fixture.posted(ALICE_SHARES)).isEqualTo(10);
        assertThat(fixture.posted(BOB_SHARES)).isZero();
        assertThat(fixture.posted(ALICE)).isZero();
        assertThat(fixture.posted(BOB)).isEqualTo(PRICE);
        TransactionRecord stored = fixture.ledger().transaction(dvp.id()).orElseThrow();
        assertThat(stored.kind()).isEqualTo(TransactionKind.TRANSFER);
        assertThat(stored.postings()).containsExactlyElementsOf(dvp.postings());
        assertThat(stored.postings()).extracting(Posting::asset).containsExactly(SHARES, USD);
        TrialBalance trialBalance = fixture.ledger().trialBalance();
        assertThat(trialBalance.isBalanced()).isTrue();
        assertThat(trialBalance.totals().get(SHARES).debit()).isEqualTo(10);
        assertThat(trialBalance.totals().get(USD).debit()).isEqualTo(PRICE);
    }

    @Test
    void noSharesMoveWhenThePaymentLegFails() {
        fixture.deliverShares(BOB_SHARES, 10);
        fixture.payIn(ALICE, PRICE - 1);
        LedgerState before = fixture.state();
        Transfer dvp = deliveryVersusPayment();

        fixture.reject(dvp, RejectionReason.INSUFFICIENT_BALANCE);

        assertThat(fixture.state()).isEqualTo(before);
        assertThat(fixture.posted(BOB_SHARES)).isEqualTo(10);
        assertThat(fixture.posted(ALICE_SHARES)).isZero();
        assertThat(fixture.ledger().transaction(dvp.id())).isEmpty();
    }

    @Test
    void noCashMovesWhenTheDeliveryLegFails() {
        fixture.deliverShares(BOB_SHARES, 9);
        fixture.payIn(ALICE, PRICE);
        LedgerState before = fixture.state();

        fixture.reject(deliveryVersusPayment(), RejectionReason.INSUFFICIENT_BALANCE);

        assertThat(fixture.state()).isEqualTo(before);
        assertThat(fixture.posted(ALICE)).isEqualTo(PRICE);
    }

    @Test
    void noLegMovesWhenALaterLegNamesTheWrongAsset() {
        fixture.deliverShares(BOB_SHARES, 10);
        fixture.payIn(ALICE, PRICE);
        LedgerState before = fixture.state();

        fixture.reject(
                fixture.transfer(shares(BOB_SHARES, ALICE_SHARES, 10), usd(ALICE, BOB, PRICE), usd(BOB, DEPOSITORY, 1)),
                RejectionReason.ASSET_MISMATCH);

        assertThat(fixture.state()).isEqualTo(before);
    }

    @Test
    void aReservedTradeSettlesInPartAndReleasesTheRest() {
        fixture.deliverShares(BOB_SHARES, 10);
        fixture.payIn(ALICE, PRICE);
        Transfer trade = Transfer.pending(
                fixture.nextId(), TODAY, null, shares(BOB_SHARES, ALICE_SHARES, 10), usd(ALICE, BOB, PRICE));
        fixture.accept(trade);
        assertThat(fixture.balance(BOB_SHARES).available()).isZero();
        assertThat(fixture.balance(ALICE).available()).isZero();

        fixture.accept(PostPending.partial(fixture.nextId(), trade.id(), TODAY, 4L, 600_00L));

        assertThat(fixture.posted(ALICE_SHARES)).isEqualTo(4);
        assertThat(fixture.posted(BOB_SHARES)).isEqualTo(6);
        assertThat(fixture.posted(ALICE)).isEqualTo(900_00);
        assertThat(fixture.posted(BOB)).isEqualTo(600_00);
        for (var account : new org.backoffice.ledger.AccountId[] {ALICE, BOB, ALICE_SHARES, BOB_SHARES}) {
            assertThat(fixture.balance(account).debitsPending()).isZero();
            assertThat(fixture.balance(account).creditsPending()).isZero();
        }
        fixture.accept(fixture.transfer(usd(ALICE, FEES, 900_00), usd(BANK, FEES, 1)));
        assertThat(fixture.ledger().trialBalance().isBalanced()).isTrue();
    }
}
