package org.backoffice.securities.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.securities.pnl.CostMethod;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeSource;
import org.junit.jupiter.api.Test;

class PositionsTest extends BrokerTest {
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    Positions positions;

    @Override
    protected void prepare() {
        positions = broker.securities().positions();
        broker.stockClient();
    }

    private Trade capture(NewTrade ticket) {
        CaptureOutcome outcome = broker.securities().trades().capture(operator, TradeSource.MANUAL, ticket);
        assertThat(outcome.kind()).as("%s", outcome.errors()).isEqualTo(CaptureOutcome.Kind.CAPTURED);
        return outcome.trade();
    }

    private NewTrade ticket(String ref, Side side, long quantity, String price, LocalDate tradeDate) {
        return new NewTrade(
                ref,
                side,
                SecuritiesFixture.SHARE,
                quantity,
                new BigDecimal(price),
                "GBP",
                tradeDate,
                null,
                SecuritiesFixture.CLIENT,
                SecuritiesFixture.ALPHA,
                null,
                Delivery.DVP);
    }

    @Test
    void aPurchaseCountsOnTradeDateAndOnTheSettlementDateOnceItSettles() {
        Trade trade = capture(broker.buy(SecuritiesFixture.CLIENT, 100, "10"));
        assertThat(trade.settlementDate()).isEqualTo(FRIDAY);

        Position today = positions
                .positions(operator, SecuritiesFixture.CLIENT, SecuritiesFixture.TODAY)
                .of(SecuritiesFixture.SHARE);
        assertThat(today.settled()).isEqualTo(500);
        assertThat(today.traded()).isEqualTo(600);
        // The day before, the deposit was not booked and the trade not dealt.
        assertThat(positions
                        .positions(operator, SecuritiesFixture.CLIENT, TUESDAY)
                        .securities())
                .isEmpty();

        Settle.trade(broker, trade);

        DepoPositions friday = positions.positions(operator, SecuritiesFixture.CLIENT, FRIDAY);
        assertThat(friday.of(SecuritiesFixture.SHARE).settled()).isEqualTo(600);
        assertThat(friday.of(SecuritiesFixture.SHARE).traded()).isEqualTo(600);
        // 1,000.00 paid and the 1.00 minimum fee.
        assertThat(friday.cash()).singleElement().satisfies(cash -> {
            assertThat(cash.currency()).isEqualTo("GBP");
            assertThat(cash.posted()).isEqualTo(9_899_900);
        });
        // Before its settlement date the settled trade is still only on the trade-date basis.
        DepoPositions wednesday = positions.positions(operator, SecuritiesFixture.CLIENT, SecuritiesFixture.TODAY);
        assertThat(wednesday.of(SecuritiesFixture.SHARE).settled()).isEqualTo(500);
        assertThat(wednesday.of(SecuritiesFixture.SHARE).traded()).isEqualTo(600);
        assertThat(wednesday.cash().getFirst().posted()).isEqualTo(10_000_000);
    }

    @Test
    void aSaleLowersTheTradeDatePositionAndACancelledTradeCountsForNothing() {
        capture(ticket("S1", Side.SELL, 200, "11", SecuritiesFixture.TODAY));
        Trade cancelled = capture(ticket("B1", Side.BUY, 50, "11", SecuritiesFixture.TODAY));
        var proposal =
                broker.securities().trades().proposeCancellation(operator, cancelled.id(), "client changed their mind");
        broker.securities().trades().approve(broker.actor("controller.ho"), cancelled.id(), proposal.version());

        Position position = positions
                .positions(operator, SecuritiesFixture.CLIENT, SecuritiesFixture.TODAY)
                .of(SecuritiesFixture.SHARE);
        assertThat(position.settled()).isEqualTo(500);
        assertThat(position.traded()).isEqualTo(300);
    }

    @Test
    void holdersAreTheAccountsOfTheBranchesTheActorSees() {
        broker.deposit(SecuritiesFixture.CLIENT_B1, SecuritiesFixture.SHARE, 70);

        assertThat(positions.holders(broker.actor("admin"), SecuritiesFixture.SHARE, SecuritiesFixture.TODAY))
                .extracting(Position::depoAccount, Position::settled)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SecuritiesFixture.CLIENT, 500L),
                        org.assertj.core.groups.Tuple.tuple(SecuritiesFixture.CLIENT_B1, 70L));
        assertThat(positions.holders(broker.actor("operator.b1"), SecuritiesFixture.SHARE, SecuritiesFixture.TODAY))
                .extracting(Position::depoAccount)
                .containsExactly(SecuritiesFixture.CLIENT_B1);
        assertThatThrownBy(() -> positions.holders(operator, SecuritiesFixture.isin("GB00NOSUCH1"), FRIDAY))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("isin");
        assertThatThrownBy(() -> positions.positions(broker.actor("operator.b1"), SecuritiesFixture.CLIENT, FRIDAY))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("depoAccount");
    }

    @Test
    void fifoAndAverageCostRealiseDifferentProfitsOnTheSameTrades() {
        broker.deposit(SecuritiesFixture.CLIENT, SecuritiesFixture.SHARE, 1500);
        // Cost 10,000.00 + 5.00 fee, then 12,000.00 + 6.00; the sale yields 15,000.00 − 7.50.
        capture(ticket("P1", Side.BUY, 1000, "10", LocalDate.of(2026, 11, 23)));
        capture(ticket("P2", Side.BUY, 1000, "12", TUESDAY));
        capture(ticket("P3", Side.SELL, 1000, "15", SecuritiesFixture.TODAY));

        InstrumentPnl fifo = single(positions.pnl(operator, SecuritiesFixture.CLIENT, CostMethod.FIFO, FRIDAY));
        assertThat(fifo.realised()).isEqualByComparingTo("4987.50");
        assertThat(fifo.openQuantity()).isEqualTo(1000);
        assertThat(fifo.costBasis()).isEqualByComparingTo("12006.00");
        assertThat(fifo.averageCost()).isEqualByComparingTo("12.006");

        InstrumentPnl average = single(positions.pnl(operator, SecuritiesFixture.CLIENT, CostMethod.AVERAGE, FRIDAY));
        assertThat(average.realised()).isEqualByComparingTo("3987.00");
        assertThat(average.openQuantity()).isEqualTo(1000);
        assertThat(average.costBasis()).isEqualByComparingTo("11005.50");
        assertThat(average.averageCost()).isEqualByComparingTo("11.0055");

        // Up to Tuesday nothing was sold.
        InstrumentPnl tuesday = single(positions.pnl(operator, SecuritiesFixture.CLIENT, CostMethod.FIFO, TUESDAY));
        assertThat(tuesday.realised()).isZero();
        assertThat(tuesday.openQuantity()).isEqualTo(2000);
    }

    @Test
    void badInputsAreRefusedByName() {
        assertThatThrownBy(() -> positions.positions(operator, SecuritiesFixture.CLIENT, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> positions.positions(operator, "NOPE", FRIDAY))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("depoAccount");
        assertThatThrownBy(() -> positions.pnl(operator, SecuritiesFixture.CLIENT, null, FRIDAY))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("method");
    }

    private static InstrumentPnl single(List<InstrumentPnl> pnl) {
        assertThat(pnl).hasSize(1);
        return pnl.getFirst();
    }
}
