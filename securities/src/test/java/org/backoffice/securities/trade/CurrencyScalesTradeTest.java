package org.backoffice.securities.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.corporate.DayCount;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.message.ExecKind;
import org.backoffice.securities.message.FixFill;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.reference.Coupon;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.InstrumentKind;
import org.backoffice.securities.settlement.Format;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionStatus;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.junit.jupiter.api.Test;

/**
 * A share quoted in yen, which has no minor unit, and a fund whose units are held to the ten-thousandth: their
 * trades are priced, charged and settled in each asset's own smallest unit.
 */
class CurrencyScalesTradeTest extends BrokerTest {
    static final String YEN_SHARE = SecuritiesFixture.isin("JP00DEMOY01");
    static final String FUND = SecuritiesFixture.isin("IE00DEMOF01");
    static final LocalDate SETTLES = LocalDate.of(2026, 11, 27);

    TradeBook book;
    int messages;

    @Override
    protected void prepare() {
        book = broker.securities().trades();
        Actor admin = broker.actor("admin");
        broker.securities().instruments().add(admin, instrument(YEN_SHARE, "Demo Nippon ordinary shares", "JPY", 0));
        broker.securities().instruments().add(admin, instrument(FUND, "Demo Global Equity Fund units", "GBP", 4));
        broker.fund(SecuritiesFixture.CLIENT, "JPY", "50000000");
        broker.fund(SecuritiesFixture.CLIENT, "GBP", "10000.00");
    }

    private static Instrument instrument(String isin, String name, String currency, int unitScale) {
        return new Instrument(
                isin,
                InstrumentKind.EQUITY,
                name,
                currency,
                BigDecimal.ONE,
                "XLON",
                SecuritiesFixture.CREST,
                false,
                PenaltyCategory.SHARES_LIQUID,
                null,
                unitScale);
    }

    private Trade capture(String isin, String currency, long quantity, String price) {
        CaptureOutcome outcome = book.capture(
                operator,
                TradeSource.MANUAL,
                new NewTrade(
                        "T-" + isin + "-" + quantity,
                        Side.BUY,
                        isin,
                        quantity,
                        new BigDecimal(price),
                        currency,
                        SecuritiesFixture.TODAY,
                        null,
                        SecuritiesFixture.CLIENT,
                        SecuritiesFixture.ALPHA,
                        null,
                        Delivery.DVP));
        assertThat(outcome.errors()).isEmpty();
        return outcome.trade();
    }

    @Test
    void aYenTradeIsPricedAndChargedInWholeYen() {
        Trade trade = capture(YEN_SHARE, "JPY", 1_000, "2345.5");

        // 1,000 × 2,345.5 = 2,345,500 yen; 5 basis points of it is 1,172.75, half-even to 1,173 yen.
        assertThat(trade.grossAmount()).isEqualTo(2_345_500);
        assertThat(trade.fees()).isEqualTo(1_173);
        assertThat(trade.settlementAmount()).isEqualTo(2_345_500);
        assertThat(trade.clientCash()).isEqualTo(2_346_673);
    }

    @Test
    void aYenTradeIsRoundedToTheWholeYen() {
        Trade trade = capture(YEN_SHARE, "JPY", 3, "101.255");

        assertThat(trade.grossAmount()).isEqualTo(304); // 303.765 yen
    }

    @Test
    void theYenInstructionAsksForAndSettlesTheAmountInYen() {
        Trade trade = capture(YEN_SHARE, "JPY", 1_000, "2345.5");
        var settlement = broker.securities().settlement();
        Instruction in = settlement.instruct(operator, trade.id()).instruction();

        assertThat(in.settlementAmount()).isEqualTo(2_345_500);
        assertThat(settlement.instructionMessage(in).settlementAmount()).isEqualByComparingTo("2345500");
        assertThat(settlement.message(in.id(), Format.MT)).contains(":19A::SETT//JPY2345500,");
        assertThatThrownBy(() -> settlement.applyConfirmation(operator, confirmation(in, 1_000, "2345500.5", "JPY")))
                .hasMessageContaining("settledAmount: must have at most 0 decimal places for JPY");

        Instruction settled = settlement.applyConfirmation(operator, confirmation(in, 1_000, "2345500", "JPY"));

        assertThat(settled.status()).isEqualTo(InstructionStatus.SETTLED);
        long yen = broker.securities().books().money(broker.depo(SecuritiesFixture.CLIENT), "JPY");
        assertThat(broker.posted(yen)).isEqualTo(50_000_000 - 2_345_500 - 1_173);
    }

    @Test
    void aFundIsDealtInFractionsOfAUnit() {
        Instrument fund = broker.securities().instruments().find(FUND).orElseThrow();
        assertThat(fund.unitScale()).isEqualTo(4);
        assertThat(broker.platform().accounts().asset(FUND).orElseThrow().scale())
                .isEqualTo(4);
        long units = Amount.parse("quantity", "12.3456", fund.asset()).units();

        Trade trade = capture(FUND, "GBP", units, "101.25");

        // 12.3456 units × 101.25 = 1,249.992, half-even to 1,249.99; the fee is the 1.00 minimum.
        assertThat(trade.quantity()).isEqualTo(123_456);
        assertThat(trade.grossAmount()).isEqualTo(124_999);
        assertThat(trade.fees()).isEqualTo(100);
    }

    @Test
    void aFundsFractionalUnitsSettleIntoTheClientsPosition() {
        Trade trade = capture(FUND, "GBP", 123_456, "101.25");
        var settlement = broker.securities().settlement();
        Instruction in = settlement.instruct(operator, trade.id()).instruction();

        assertThat(settlement.instructionMessage(in).quantity()).isEqualByComparingTo("12.3456");
        Instruction settled = settlement.applyConfirmation(operator, confirmation(in, "12.3456", "1249.99", "GBP"));

        assertThat(settled.status()).isEqualTo(InstructionStatus.SETTLED);
        long position = broker.securities().books().position(broker.depo(SecuritiesFixture.CLIENT), FUND);
        assertThat(broker.posted(position)).isEqualTo(123_456);
    }

    @Test
    void aDropCopyFillOfFractionalUnitsIsReadInTheFundsUnits() {
        NewTrade ticket = broker.securities().dropCopy().ticket(fill(FUND, "12.3456"));
        NewTrade tooFine = broker.securities().dropCopy().ticket(fill(FUND, "12.34567"));
        NewTrade halfAShare = broker.securities().dropCopy().ticket(fill(SecuritiesFixture.SHARE, "0.5"));

        assertThat(ticket.quantity()).isEqualTo(123_456);
        assertThat(tooFine.quantity())
                .as("a fraction the fund does not hold goes to repair")
                .isZero();
        assertThat(halfAShare.quantity()).isZero();
    }

    @Test
    void aBondCannotBeHeldInFractions() {
        assertThatThrownBy(() -> new Instrument(
                        SecuritiesFixture.isin("XS00DEMOB99"),
                        InstrumentKind.BOND,
                        "A bond",
                        "GBP",
                        new BigDecimal("100"),
                        "XLON",
                        SecuritiesFixture.CREST,
                        false,
                        PenaltyCategory.OTHER_DEBT,
                        new Coupon(
                                new BigDecimal("5"),
                                2,
                                LocalDate.of(2026, 6, 15),
                                LocalDate.of(2030, 12, 15),
                                DayCount.THIRTY_360),
                        2))
                .hasMessageStartingWith("unitScale: ");
    }

    private FixFill fill(String isin, String quantity) {
        return new FixFill(
                "EX-" + quantity,
                "ORD-1",
                null,
                org.backoffice.securities.message.Side.BUY,
                isin,
                new BigDecimal(quantity),
                new BigDecimal("101.25"),
                "GBP",
                SecuritiesFixture.TODAY,
                null,
                SecuritiesFixture.CLIENT,
                SecuritiesFixture.ALPHA,
                "XLON",
                Instant.parse("2026-11-25T10:00:00Z"),
                ExecKind.NEW,
                null);
    }

    private SettlementConfirmation confirmation(Instruction in, long quantity, String amount, String currency) {
        return confirmation(in, Long.toString(quantity), amount, currency);
    }

    private SettlementConfirmation confirmation(Instruction in, String quantity, String amount, String currency) {
        return new SettlementConfirmation(
                in.reference(),
                "CONF" + (++messages),
                in.direction(),
                true,
                in.isin(),
                new BigDecimal(quantity),
                new BigDecimal(amount),
                currency,
                SETTLES,
                false,
                false);
    }
}
