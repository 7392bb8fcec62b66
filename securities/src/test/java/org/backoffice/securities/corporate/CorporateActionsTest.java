package org.backoffice.securities.corporate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.backoffice.ledger.AccountId;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.pnl.CostMethod;
import org.backoffice.securities.position.InstrumentPnl;
import org.backoffice.securities.position.Settle;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeSource;
import org.junit.jupiter.api.Test;

class CorporateActionsTest extends BrokerTest {
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    static final String SHARE = SecuritiesFixture.SHARE;

    CorporateActions actions;

    @Override
    protected void prepare() {
        actions = broker.securities().corporateActions();
    }

    private long money(String depo) {
        return broker.posted(broker.securities().books().money(broker.depo(depo), "GBP"));
    }

    private long units(String depo) {
        return broker.posted(broker.securities().books().position(broker.depo(depo), SHARE));
    }

    @Test
    void aDividendPaysEachHolderNetOfTaxOnceEvenWhenApprovedTwice() {
        broker.deposit(SecuritiesFixture.CLIENT, SHARE, 1000);
        broker.deposit(SecuritiesFixture.CLIENT_B1, SHARE, 500);
        broker.deposit(SecuritiesFixture.HOUSE, SHARE, 2000);
        CorporateAction dividend = actions.announce(
                operator,
                NewCorporateAction.dividend(
                        SHARE, SecuritiesFixture.TODAY, TUESDAY, new BigDecimal("0.125"), new BigDecimal("15")));
        assertThat(dividend.status()).isEqualTo(ActionStatus.ANNOUNCED);
        assertThat(actions.entitlements(controller, dividend.id())).isEmpty();

        List<HolderEntitlement> paid = actions.approve(controller, dividend.id());

        // 1,000 × 0.125 = 125.00, 15 % = 18.75; 500 → 62.50, 9.375 → 9.38; 2,000 → 250.00, 37.50.
        assertThat(paid)
                .extracting(
                        HolderEntitlement::depoAccount,
                        HolderEntitlement::position,
                        HolderEntitlement::gross,
                        HolderEntitlement::tax,
                        HolderEntitlement::net)
                .containsExactly(
                        tuple(SecuritiesFixture.CLIENT, 1000L, 12_500L, 1_875L, 10_625L),
                        tuple(SecuritiesFixture.CLIENT_B1, 500L, 6_250L, 938L, 5_312L),
                        tuple(SecuritiesFixture.HOUSE, 2000L, 25_000L, 3_750L, 21_250L));
        assertThat(money(SecuritiesFixture.CLIENT)).isEqualTo(10_625);
        assertThat(money(SecuritiesFixture.CLIENT_B1)).isEqualTo(5_312);
        assertThat(money(SecuritiesFixture.HOUSE)).isEqualTo(21_250);
        long income = broker.securities().books().branch("HO", Books.INCOME, "GBP");
        assertThat(broker.posted(income)).isEqualTo(21_250);
        assertThat(actions.find(dividend.id()).orElseThrow().status()).isEqualTo(ActionStatus.APPLIED);
        assertThat(actions.find(dividend.id()).orElseThrow().approvedBy()).isEqualTo("controller.ho");
        assertThat(actions.list())
                .extracting(CorporateAction::id, CorporateAction::status)
                .containsExactly(tuple(dividend.id(), ActionStatus.APPLIED));

        // A retry resends the same transactions, which the ledger takes once.
        assertThat(actions.approve(controller, dividend.id())).isEqualTo(paid);
        assertThat(money(SecuritiesFixture.CLIENT)).isEqualTo(10_625);
        assertThat(broker.posted(income)).isEqualTo(21_250);
        // Two branches, two linked transactions: each is the document's, and the check finds nothing.
        assertThat(paid.stream().map(HolderEntitlement::transactionId).distinct())
                .hasSize(2)
                .contains(dividend.id());
        // (The fixture's deposits go straight to the ledger: those three are the only transactions without one.)
        var report = broker.platform().consistency().run();
        assertThat(report.rules())
                .filteredOn(r -> r.violations() > 0)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.name()).isEqualTo("every ledger transaction belongs to a document or an operation");
                    assertThat(r.violations()).isEqualTo(3);
                    paid.forEach(e -> assertThat(r.examples()).noneMatch(x -> x.startsWith(e.transactionId() + ":")));
                });
        // Each branch's controller sees their own holders.
        assertThat(actions.entitlements(broker.actor("controller.b1"), dividend.id()))
                .extracting(HolderEntitlement::depoAccount)
                .containsExactly(SecuritiesFixture.CLIENT_B1);
    }

    @Test
    void aPaymentTheLedgerRefusesLeavesTheActionAnnouncedAndNothingPaidOrRecorded() {
        broker.deposit(SecuritiesFixture.CLIENT, SHARE, 1000);
        broker.deposit(SecuritiesFixture.CLIENT_B1, SHARE, 500);
        long closed = broker.securities().books().money(broker.depo(SecuritiesFixture.CLIENT_B1), "GBP");
        broker.platform().accounts().closeInLedger(AccountId.of(closed));
        CorporateAction dividend = actions.announce(
                operator,
                NewCorporateAction.dividend(
                        SHARE, SecuritiesFixture.TODAY, TUESDAY, new BigDecimal("0.125"), new BigDecimal("15")));
        long transactions = broker.rows("SELECT COUNT(*) FROM ledger_transactions");

        assertThatThrownBy(() -> actions.approve(controller, dividend.id())).hasMessageContaining("CLOSED");

        // B1's payment was refused, so HO's, linked to it, was not made either; no row was written.
        assertThat(actions.find(dividend.id()).orElseThrow().status()).isEqualTo(ActionStatus.ANNOUNCED);
        assertThat(actions.entitlements(controller, dividend.id())).isEmpty();
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_ca_entitlements")).isZero();
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_corporate_actions")).isZero();
        assertThat(broker.rows("SELECT COUNT(*) FROM ledger_transactions")).isEqualTo(transactions);
        assertThat(money(SecuritiesFixture.CLIENT)).isZero();
    }

    @Test
    void aCouponIsPaidFromTheScheduleAndItsDayCount() {
        broker.deposit(SecuritiesFixture.CLIENT, SecuritiesFixture.BOND, 10);
        LocalDate payDate = LocalDate.of(2026, 12, 15);
        CorporateAction coupon = actions.announce(
                operator,
                NewCorporateAction.coupon(
                        SecuritiesFixture.BOND, LocalDate.of(2026, 12, 14), payDate, BigDecimal.ZERO));

        // 10 bonds of 100.00 at 5 % for half a year (30/360): 25.00.
        assertThat(actions.approve(controller, coupon.id())).singleElement().satisfies(e -> {
            assertThat(e.gross()).isEqualTo(2_500);
            assertThat(e.net()).isEqualTo(2_500);
        });
        assertThat(money(SecuritiesFixture.CLIENT)).isEqualTo(2_500);
    }

    @Test
    void aSplitAndAReverseSplitChangeTheUnitsAndKeepTheCostBasis() {
        broker.fund(SecuritiesFixture.CLIENT, "GBP", "20000.00");
        CaptureOutcome bought = broker.securities()
                .trades()
                .capture(operator, TradeSource.MANUAL, broker.buy(SecuritiesFixture.CLIENT, 1000, "10"));
        Trade trade = bought.trade();
        Settle.trade(broker, trade);
        broker.deposit(SecuritiesFixture.CLIENT_B1, SHARE, 1003);

        CorporateAction split =
                actions.announce(operator, NewCorporateAction.split(SHARE, FRIDAY, MONDAY, new SplitRatio(2, 1)));
        actions.approve(controller, split.id());
        assertThat(units(SecuritiesFixture.CLIENT)).isEqualTo(2000);
        assertThat(units(SecuritiesFixture.CLIENT_B1)).isEqualTo(2006);

        // Cost 10,000.00 and the 5.00 fee, now over twice the shares.
        InstrumentPnl afterSplit = pnl(MONDAY);
        assertThat(afterSplit.openQuantity()).isEqualTo(2000);
        assertThat(afterSplit.costBasis()).isEqualByComparingTo("10005.00");
        assertThat(afterSplit.averageCost()).isEqualByComparingTo("5.0025");
        assertThat(pnl(FRIDAY).openQuantity()).isEqualTo(1000);

        CorporateAction reverse =
                actions.announce(operator, NewCorporateAction.split(SHARE, MONDAY, TUESDAY, new SplitRatio(1, 10)));
        List<HolderEntitlement> got = actions.approve(controller, reverse.id());
        assertThat(got)
                .extracting(HolderEntitlement::depoAccount, HolderEntitlement::unitsDelta, HolderEntitlement::fraction)
                .containsExactly(
                        tuple(SecuritiesFixture.CLIENT, -1800L, BigDecimal.ZERO),
                        tuple(SecuritiesFixture.CLIENT_B1, -1806L, new BigDecimal("0.6")));
        assertThat(units(SecuritiesFixture.CLIENT)).isEqualTo(200);
        // The 0.6 of a share is reported, not delivered.
        assertThat(units(SecuritiesFixture.CLIENT_B1)).isEqualTo(200);
        long depository = broker.securities().books().branch("HO", Books.DEPOSITORY, SHARE);
        assertThat(broker.posted(depository)).isEqualTo(200);

        InstrumentPnl afterReverse = pnl(TUESDAY);
        assertThat(afterReverse.openQuantity()).isEqualTo(200);
        assertThat(afterReverse.costBasis()).isEqualByComparingTo("10005.00");
        assertThat(afterReverse.averageCost()).isEqualByComparingTo("50.025");
    }

    private InstrumentPnl pnl(LocalDate to) {
        List<InstrumentPnl> pnl =
                broker.securities().positions().pnl(operator, SecuritiesFixture.CLIENT, CostMethod.FIFO, to);
        assertThat(pnl).hasSize(1);
        return pnl.getFirst();
    }

    @Test
    void theMakerMayNotApproveTheirOwnActionNorAnOperatorApprove() {
        broker.deposit(SecuritiesFixture.CLIENT, SHARE, 100);
        Actor both = new Actor("olivia.both", Set.of(Role.OPERATOR, Role.CONTROLLER), Set.of("HO"), false);
        CorporateAction own = actions.announce(
                both, NewCorporateAction.dividend(SHARE, FRIDAY, TUESDAY, BigDecimal.ONE, BigDecimal.ZERO));

        assertThatThrownBy(() -> actions.approve(both, own.id())).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> actions.approve(operator, own.id())).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> actions.announce(
                        controller,
                        NewCorporateAction.dividend(SHARE, FRIDAY, TUESDAY, BigDecimal.ONE, BigDecimal.ZERO)))
                .isInstanceOf(SecurityException.class);
        assertThat(actions.find(own.id()).orElseThrow().status()).isEqualTo(ActionStatus.ANNOUNCED);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_ca_entitlements")).isZero();
    }

    @Test
    void badTermsAreRefusedByNameAndNothingIsRecorded() {
        assertThatThrownBy(() -> actions.announce(
                        operator,
                        NewCorporateAction.dividend(
                                SecuritiesFixture.isin("GB00NOSUCH1"),
                                FRIDAY,
                                TUESDAY,
                                BigDecimal.ONE,
                                BigDecimal.ZERO)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("isin:");
        assertThatThrownBy(() -> NewCorporateAction.dividend(SHARE, TUESDAY, FRIDAY, BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("recordDate:");
        assertThatThrownBy(() -> NewCorporateAction.split(SHARE, FRIDAY, TUESDAY, new SplitRatio(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("newShares:");
        assertThatThrownBy(() -> NewCorporateAction.split(SHARE, FRIDAY, TUESDAY, new SplitRatio(3, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ratio:");
        assertThatThrownBy(() -> NewCorporateAction.dividend(SHARE, FRIDAY, TUESDAY, BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rate:");
        assertThatThrownBy(() ->
                        NewCorporateAction.dividend(SHARE, FRIDAY, TUESDAY, BigDecimal.ONE, new BigDecimal("101")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("taxPercent:");
        assertThatThrownBy(() ->
                        actions.announce(operator, NewCorporateAction.coupon(SHARE, FRIDAY, TUESDAY, BigDecimal.ZERO)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("kind:");
        assertThatThrownBy(() -> actions.announce(
                        operator, NewCorporateAction.coupon(SecuritiesFixture.BOND, FRIDAY, TUESDAY, BigDecimal.ZERO)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("payDate:");
        assertThatThrownBy(() -> actions.announce(
                        operator,
                        NewCorporateAction.split(SecuritiesFixture.BOND, FRIDAY, TUESDAY, new SplitRatio(2, 1))))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("kind:");
        assertThatThrownBy(() -> actions.approve(controller, 42))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("actionId:");
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_corporate_actions")).isZero();
    }
}
