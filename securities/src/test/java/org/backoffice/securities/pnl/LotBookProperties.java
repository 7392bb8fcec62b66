package org.backoffice.securities.pnl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.backoffice.ledger.Asset;

/**
 * For any stream of purchases and sales that never goes short, FIFO and AVERAGE agree on the
 * position and, once it is closed, on the total realised P&amp;L to the cent; quantity and cost
 * basis never go negative; a split keeps the cost basis to the cent, counting the cash-in-lieu cost.
 */
class LotBookProperties {
    private static final Asset EUR = Asset.currency("EUR", 2);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** A trade; a sale of more than is held sells what is held. */
    record Trade(boolean buy, long quantity, BigDecimal price, BigDecimal fees) {}

    @Provide
    Arbitrary<List<Trade>> trades() {
        Arbitrary<BigDecimal> prices = Arbitraries.longs()
                .between(0, 50_000_000)
                .flatMap(units -> Arbitraries.integers().between(0, 4).map(scale -> BigDecimal.valueOf(units, scale)));
        Arbitrary<BigDecimal> fees = Arbitraries.longs().between(0, 10_000).map(cents -> BigDecimal.valueOf(cents, 2));
        Arbitrary<Trade> trade = Combinators.combine(
                        Arbitraries.of(true, false), Arbitraries.longs().between(1, 5_000), prices, fees)
                .as(Trade::new);
        return trade.list().ofMaxSize(40);
    }

    @Property
    void fifo_and_average_realise_the_same_total_once_the_position_is_closed(@ForAll("trades") List<Trade> trades) {
        LotBook fifo = new LotBook(CostMethod.FIFO, EUR);
        LotBook average = new LotBook(CostMethod.AVERAGE, EUR);
        BigDecimal fifoPnl = BigDecimal.ZERO;
        BigDecimal averagePnl = BigDecimal.ZERO;
        BigDecimal bought = BigDecimal.ZERO;
        BigDecimal sold = BigDecimal.ZERO;
        int n = 0;
        for (Trade trade : trades) {
            String ref = "T" + n++;
            if (trade.buy()) {
                BigDecimal before = fifo.costBasis();
                fifo.buy(trade.quantity(), trade.price(), trade.fees(), DAY, ref);
                average.buy(trade.quantity(), trade.price(), trade.fees(), DAY, ref);
                bought = bought.add(fifo.costBasis().subtract(before));
            } else if (fifo.quantity() > 0) {
                long quantity = Math.min(trade.quantity(), fifo.quantity());
                RealisedPnl f = fifo.sell(quantity, trade.price(), trade.fees(), DAY, ref);
                RealisedPnl a = average.sell(quantity, trade.price(), trade.fees(), DAY, ref);
                assertThat(a.proceeds()).isEqualTo(f.proceeds());
                fifoPnl = fifoPnl.add(f.pnl());
                averagePnl = averagePnl.add(a.pnl());
                sold = sold.add(f.proceeds());
            }
            for (LotBook book : List.of(fifo, average)) {
                assertThat(book.quantity()).isNotNegative();
                assertThat(book.costBasis().signum()).isNotNegative();
                assertThat(book.lots())
                        .allSatisfy(lot -> assertThat(lot.quantity()).isPositive());
            }
            assertThat(average.quantity()).isEqualTo(fifo.quantity());
        }
        if (fifo.quantity() > 0) {
            long rest = fifo.quantity();
            RealisedPnl f = fifo.sell(rest, new BigDecimal("1.23"), BigDecimal.ZERO, DAY, "CLOSE");
            RealisedPnl a = average.sell(rest, new BigDecimal("1.23"), BigDecimal.ZERO, DAY, "CLOSE");
            fifoPnl = fifoPnl.add(f.pnl());
            averagePnl = averagePnl.add(a.pnl());
            sold = sold.add(f.proceeds());
        }

        assertThat(fifo.costBasis()).isEqualByComparingTo("0");
        assertThat(average.costBasis()).isEqualByComparingTo("0");
        assertThat(averagePnl).isEqualByComparingTo(fifoPnl);
        // Closed: everything bought has been charged to the sales, to the cent.
        assertThat(fifoPnl).isEqualByComparingTo(sold.subtract(bought));
    }

    @Property
    void a_split_keeps_the_cost_basis_and_rounds_the_quantity_down(
            @ForAll("trades") List<Trade> trades,
            @ForAll @IntRange(min = 1, max = 25) int numerator,
            @ForAll @IntRange(min = 1, max = 25) int denominator,
            @ForAll boolean fifoMethod) {
        LotBook book = new LotBook(fifoMethod ? CostMethod.FIFO : CostMethod.AVERAGE, EUR);
        int n = 0;
        for (Trade trade : trades) {
            if (trade.buy()) {
                book.buy(trade.quantity(), trade.price(), trade.fees(), DAY, "T" + n++);
            } else if (book.quantity() > 0) {
                book.sell(Math.min(trade.quantity(), book.quantity()), trade.price(), trade.fees(), DAY, "T" + n++);
            }
        }
        long before = book.quantity();
        BigDecimal costBefore = book.costBasis();

        SplitResult result = book.split(numerator, denominator);

        BigInteger[] exact = BigInteger.valueOf(before)
                .multiply(BigInteger.valueOf(numerator))
                .divideAndRemainder(BigInteger.valueOf(denominator));
        assertThat(result.newQuantity()).isEqualTo(exact[0].longValueExact());
        assertThat(book.quantity()).isEqualTo(result.newQuantity());
        assertThat(result.fractionalShares().multiply(BigDecimal.valueOf(denominator)))
                .isLessThanOrEqualTo(new BigDecimal(exact[1]))
                .isGreaterThan(new BigDecimal(exact[1]).subtract(BigDecimal.ONE));
        assertThat(book.costBasis().add(result.cashInLieuCost())).isEqualByComparingTo(costBefore);
        assertThat(book.costBasis().signum()).isNotNegative();
        assertThat(book.lots()).allSatisfy(lot -> assertThat(lot.quantity()).isPositive());
        if (exact[1].signum() == 0) {
            assertThat(result.cashInLieuCost()).isEqualByComparingTo("0");
        }
    }
}
