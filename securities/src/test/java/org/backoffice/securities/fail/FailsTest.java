package org.backoffice.securities.fail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.position.Settle;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeSource;
import org.junit.jupiter.api.Test;

class FailsTest extends BrokerTest {
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    Fails fails;

    @Override
    protected void prepare() {
        fails = broker.securities().fails();
        broker.fund(SecuritiesFixture.CLIENT, "GBP", "100000.00");
    }

    private Trade capture(String depo, long quantity, String price) {
        CaptureOutcome outcome =
                broker.securities().trades().capture(operator, TradeSource.MANUAL, broker.buy(depo, quantity, price));
        assertThat(outcome.kind()).as("%s", outcome.errors()).isEqualTo(CaptureOutcome.Kind.CAPTURED);
        return outcome.trade();
    }

    @Test
    void aFailAccruesEachBusinessDayAtTheRateInForceThatDay() {
        Trade trade = capture(SecuritiesFixture.CLIENT, 100, "10");
        assertThat(fails.report(operator, FRIDAY)).isEmpty();

        // 1,000.00 at the annex's 1 bp for liquid shares: 0.10 on Friday.
        assertThat(fails.accrue(controller, FRIDAY)).singleElement().satisfies(p -> {
            assertThat(p.category()).isEqualTo(PenaltyCategory.SHARES_LIQUID);
            assertThat(p.baseValue()).isEqualTo(100_000);
            assertThat(p.amount()).isEqualTo(10);
        });
        assertThat(fails.accrue(controller, SATURDAY)).isEmpty();
        // The rate doubles from Monday, and Tuesday's closing price is 12.00.
        fails.setRate(controller, new PenaltyRate(PenaltyCategory.SHARES_LIQUID, new BigDecimal("2.0"), MONDAY));
        fails.setPrice(operator, SecuritiesFixture.SHARE, TUESDAY, new BigDecimal("12.00"));
        assertThat(fails.accrue(controller, MONDAY))
                .singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualTo(20));
        assertThat(fails.accrue(controller, TUESDAY)).singleElement().satisfies(p -> {
            assertThat(p.baseValue()).isEqualTo(120_000);
            assertThat(p.amount()).isEqualTo(24);
        });
        // A rerun of a day records nothing more.
        assertThat(fails.accrue(controller, FRIDAY)).isEmpty();
        assertThat(fails.penalties(operator, trade.id()))
                .extracting(DailyPenalty::day)
                .containsExactly(FRIDAY, MONDAY, TUESDAY);

        assertThat(fails.report(operator, WEDNESDAY)).singleElement().satisfies(line -> {
            assertThat(line.tradeRef()).isEqualTo(trade.tradeRef());
            assertThat(line.counterparty()).isEqualTo(SecuritiesFixture.ALPHA);
            assertThat(line.isin()).isEqualTo(SecuritiesFixture.SHARE);
            assertThat(line.quantity()).isEqualTo(100);
            assertThat(line.value()).isEqualTo(100_000);
            assertThat(line.intendedSettlementDate()).isEqualTo(FRIDAY);
            assertThat(line.daysFailing()).isEqualTo(3);
            assertThat(line.category()).isEqualTo(PenaltyCategory.SHARES_LIQUID);
            assertThat(line.accruedPenalty()).isEqualTo(54);
        });
        // Another branch's controller does not see it.
        assertThat(fails.report(broker.actor("controller.b1"), WEDNESDAY)).isEmpty();

        Settle.trade(broker, trade);
        assertThat(fails.report(operator, WEDNESDAY)).isEmpty();
        assertThat(fails.accrue(controller, WEDNESDAY)).isEmpty();
    }

    @Test
    void aBuyerShortOfCashPaysTheLackOfCashRateOnTheCashAmount() {
        Trade trade = capture(SecuritiesFixture.CLIENT, 100, "10");
        // The client's money leaves before settlement.
        DepoAccount depo = broker.depo(SecuritiesFixture.CLIENT);
        Books books = broker.securities().books();
        broker.platform()
                .ledger()
                .execute(Transfer.of(
                        broker.platform().ids().next(),
                        SecuritiesFixture.TODAY,
                        new Posting(
                                AccountId.of(books.money(depo, "GBP")),
                                AccountId.of(books.branch("HO", Books.SETTLEMENT_CASH, "GBP")),
                                AssetCode.of("GBP"),
                                9_950_000)));
        assertThatThrownBy(() -> fails.accrue(controller, FRIDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LACK_OF_CASH");

        // 3.65 % a year is 1 bp a day: 0.10 on the cash amount of 1,000.00.
        fails.setRate(controller, PenaltyRate.lackOfCash(new BigDecimal("3.65"), LocalDate.of(2026, 1, 1)));
        assertThat(fails.accrue(controller, FRIDAY)).singleElement().satisfies(p -> {
            assertThat(p.tradeId()).isEqualTo(trade.id());
            assertThat(p.category()).isEqualTo(PenaltyCategory.LACK_OF_CASH);
            assertThat(p.baseValue()).isEqualTo(100_000);
            assertThat(p.amount()).isEqualTo(10);
        });
    }

    @Test
    void theRateTableRefusesBadInputsAndChangesNothing() {
        PenaltyTable before = fails.table();
        assertThat(before.rateOn(PenaltyCategory.SHARES_LIQUID, FRIDAY).dailyRateBasisPoints())
                .isEqualByComparingTo("1.0");

        assertThatThrownBy(() -> new PenaltyRate(PenaltyCategory.SHARES_LIQUID, new BigDecimal("-0.5"), MONDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dailyRateBasisPoints:");
        assertThatThrownBy(() ->
                        fails.setRate(operator, new PenaltyRate(PenaltyCategory.SHARES_LIQUID, BigDecimal.TEN, MONDAY)))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> fails.setRate(controller, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("rate");
        assertThatThrownBy(() -> fails.setPrice(operator, SecuritiesFixture.SHARE, FRIDAY, new BigDecimal("-1")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("price");
        assertThatThrownBy(
                        () -> fails.setPrice(operator, SecuritiesFixture.isin("GB00NOSUCH1"), FRIDAY, BigDecimal.ONE))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("isin");
        assertThatThrownBy(() -> fails.accrue(broker.actor("auditor"), FRIDAY)).isInstanceOf(SecurityException.class);
        // The accrual is a controller's, whichever way it is asked for.
        assertThatThrownBy(() -> fails.accrue(operator, FRIDAY))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining("PenaltyAccrual");
        assertThatThrownBy(() -> fails.report(operator, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("today");

        assertThat(fails.table()).isEqualTo(before);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_prices")).isZero();
    }
}
