package org.backoffice.securities.pnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.backoffice.ledger.Asset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LotBookTest {
    private static final Asset EUR = Asset.currency("EUR", 2);
    private static final LocalDate D1 = LocalDate.of(2026, 3, 2);
    private static final LocalDate D2 = LocalDate.of(2026, 3, 9);
    private static final LocalDate D3 = LocalDate.of(2026, 4, 1);

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** 100 at 10.00 with 5.00 fees (cost 1005.00), then 50 at 12.00 (cost 600.00). */
    private static LotBook twoBuys(CostMethod method) {
        LotBook book = new LotBook(method, EUR);
        book.buy(100, dec("10.00"), dec("5.00"), D1, "B1");
        book.buy(50, dec("12.00"), BigDecimal.ZERO, D2, "B2");
        return book;
    }

    @Test
    void fifo_charges_a_sale_with_the_oldest_lots_first() {
        LotBook book = twoBuys(CostMethod.FIFO);

        RealisedPnl sale = book.sell(120, dec("15.00"), dec("3.00"), D3, "S1");

        // 1005.00 for all of B1, 20/50 of 600.00 for part of B2.
        assertThat(sale).isEqualTo(new RealisedPnl("S1", 120, dec("1797.00"), dec("1245.00"), dec("552.00")));
        assertThat(book.quantity()).isEqualTo(30);
        assertThat(book.costBasis()).isEqualByComparingTo("360.00");
        assertThat(book.lots()).containsExactly(new Lot(D2, "B2", 30, dec("360.00")));
        assertThat(book.averageCost()).isEqualByComparingTo("12.00");
    }

    @Test
    void average_charges_a_sale_with_the_pool_s_average_cost() {
        LotBook book = twoBuys(CostMethod.AVERAGE);
        assertThat(book.averageCost()).isEqualByComparingTo("10.70");

        RealisedPnl sale = book.sell(120, dec("15.00"), dec("3.00"), D3, "S1");

        // 1605.00 × 120 / 150
        assertThat(sale).isEqualTo(new RealisedPnl("S1", 120, dec("1797.00"), dec("1284.00"), dec("513.00")));
        assertThat(book.lots()).containsExactly(new Lot(D2, "B2", 30, dec("321.00")));
    }

    @ParameterizedTest
    @EnumSource(CostMethod.class)
    void both_methods_realise_the_same_total_once_the_position_is_closed(CostMethod method) {
        LotBook book = twoBuys(method);
        RealisedPnl first = book.sell(120, dec("15.00"), dec("3.00"), D3, "S1");
        RealisedPnl last = book.sell(30, dec("9.00"), BigDecimal.ZERO, D3, "S2");

        assertThat(first.pnl().add(last.pnl())).isEqualByComparingTo("462.00");
        assertThat(book.quantity()).isZero();
        assertThat(book.costBasis()).isEqualByComparingTo("0.00");
        assertThat(book.lots()).isEmpty();
    }

    @Test
    void partial_sales_round_half_even_and_the_last_sale_takes_what_is_left_to_the_cent() {
        LotBook book = new LotBook(CostMethod.FIFO, EUR);
        book.buy(3, dec("33.33"), dec("0.01"), D1, "B1"); // cost 100.00

        // 100.00 / 3 = 33.333..., then 66.67 / 2 = 33.335 rounds to the even 33.34, then the rest.
        assertThat(book.sell(1, dec("40"), BigDecimal.ZERO, D2, "S1").cost()).isEqualByComparingTo("33.33");
        assertThat(book.sell(1, dec("40"), BigDecimal.ZERO, D2, "S2").cost()).isEqualByComparingTo("33.34");
        assertThat(book.sell(1, dec("40"), BigDecimal.ZERO, D2, "S3").cost()).isEqualByComparingTo("33.33");
        assertThat(book.costBasis()).isEqualByComparingTo("0.00");
    }

    @Test
    void amounts_have_the_currency_s_scale() {
        LotBook book = new LotBook(CostMethod.FIFO, Asset.currency("JPY", 0));
        book.buy(3, dec("333.5"), BigDecimal.ZERO, D1, "B1"); // 1000.5 rounds half-even to 1000

        assertThat(book.costBasis()).isEqualTo(dec("1000"));
        assertThat(book.sell(1, dec("400.5"), BigDecimal.ZERO, D2, "S1"))
                .isEqualTo(new RealisedPnl("S1", 1, dec("400"), dec("333"), dec("67")));
        assertThat(book.averageCost(4)).isEqualTo(dec("333.5000"));
    }

    @Test
    void a_short_sale_is_refused_and_changes_nothing() {
        LotBook book = twoBuys(CostMethod.FIFO);

        assertThatThrownBy(() -> book.sell(151, dec("15.00"), BigDecimal.ZERO, D3, "S1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity: exceeds the position of 150");
        assertThat(book.quantity()).isEqualTo(150);
        assertThat(book.costBasis()).isEqualByComparingTo("1605.00");
        assertThat(book.lots()).hasSize(2);
    }

    @Test
    void a_flat_position_has_no_average_cost() {
        LotBook book = new LotBook(CostMethod.AVERAGE, EUR);
        assertThatThrownBy(book::averageCost)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("averageCost: the position is flat");
    }

    static Stream<Arguments> badTrades() {
        return Stream.of(
                Arguments.of(
                        "zero quantity",
                        trade(b -> b.buy(0, dec("1"), dec("0"), D3, "X")),
                        "quantity: must be positive, was 0"),
                Arguments.of(
                        "negative quantity",
                        trade(b -> b.sell(-5, dec("1"), dec("0"), D3, "X")),
                        "quantity: must be positive, was -5"),
                Arguments.of("no price", trade(b -> b.buy(1, null, dec("0"), D3, "X")), "price: is required"),
                Arguments.of(
                        "negative price",
                        trade(b -> b.sell(1, dec("-0.01"), dec("0"), D3, "X")),
                        "price: must not be negative, was -0.01"),
                Arguments.of(
                        "no fees",
                        trade(b -> b.buy(1, dec("1"), null, D3, "X")),
                        "fees: is required (zero when there are none)"),
                Arguments.of(
                        "negative fees",
                        trade(b -> b.buy(1, dec("1"), dec("-1"), D3, "X")),
                        "fees: must not be negative, was -1"),
                Arguments.of("no date", trade(b -> b.buy(1, dec("1"), dec("0"), null, "X")), "date: is required"),
                Arguments.of(
                        "date before the last trade",
                        trade(b -> b.sell(1, dec("1"), dec("0"), D1, "X")),
                        "date: 2026-03-02 is before the last trade of the position, on 2026-03-09"),
                Arguments.of("blank ref", trade(b -> b.buy(1, dec("1"), dec("0"), D3, " ")), "ref: must not be blank"),
                Arguments.of("no ref", trade(b -> b.sell(1, dec("1"), dec("0"), D3, null)), "ref: must not be blank"),
                Arguments.of(
                        "short sale",
                        trade(b -> b.sell(1000, dec("1"), dec("0"), D3, "X")),
                        "quantity: exceeds the position of 150"),
                Arguments.of(
                        "overflowing buy",
                        trade(b -> b.buy(Long.MAX_VALUE, dec("1"), dec("0"), D3, "X")),
                        "quantity: the position would overflow"),
                Arguments.of("zero split numerator", trade(b -> b.split(0, 1)), "numerator: must be positive, was 0"),
                Arguments.of(
                        "negative split denominator",
                        trade(b -> b.split(2, -1)),
                        "denominator: must be positive, was -1"),
                Arguments.of(
                        "overflowing split",
                        trade(b -> b.split(Long.MAX_VALUE / 10, 1)),
                        "numerator: the split overflows the position's quantity"));
    }

    private static Consumer<LotBook> trade(Consumer<LotBook> action) {
        return action;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTrades")
    void bad_input_names_the_field_and_the_rule_and_changes_nothing(
            String name, Consumer<LotBook> action, String message) {
        for (CostMethod method : CostMethod.values()) {
            LotBook book = twoBuys(method);
            var lotsBefore = book.lots();

            assertThatThrownBy(() -> action.accept(book))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
            assertThat(book.lots()).isEqualTo(lotsBefore);
        }
    }

    @Test
    void a_book_is_kept_in_a_currency() {
        assertThatThrownBy(() -> new LotBook(CostMethod.FIFO, Asset.security("ACME")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency: must be a currency, was SECURITY ACME");
    }
}
