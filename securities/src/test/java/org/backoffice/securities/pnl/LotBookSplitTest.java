package org.backoffice.securities.pnl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.ledger.Asset;
import org.junit.jupiter.api.Test;

class LotBookSplitTest {
    private static final Asset EUR = Asset.currency("EUR", 2);
    private static final LocalDate D1 = LocalDate.of(2026, 1, 5);
    private static final LocalDate D2 = LocalDate.of(2026, 2, 5);
    private static final LocalDate D3 = LocalDate.of(2026, 3, 5);

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void a_two_for_one_split_doubles_every_lot_and_keeps_its_cost() {
        LotBook book = new LotBook(CostMethod.FIFO, EUR);
        book.buy(100, dec("10.00"), dec("5.00"), D1, "B1");
        book.buy(50, dec("12.00"), BigDecimal.ZERO, D2, "B2");

        SplitResult result = book.split(2, 1);

        assertThat(result).isEqualTo(new SplitResult(300, dec("0E-8"), dec("0.00")));
        assertThat(book.lots())
                .containsExactly(new Lot(D1, "B1", 200, dec("1005.00")), new Lot(D2, "B2", 100, dec("600.00")));
        assertThat(book.lots().getFirst().unitCost(4)).isEqualTo(dec("5.0250"));
    }

    @Test
    void lots_share_the_new_shares_so_that_their_sum_is_the_position_s() {
        LotBook book = new LotBook(CostMethod.FIFO, EUR);
        book.buy(1, dec("10.00"), BigDecimal.ZERO, D1, "B1");
        book.buy(1, dec("20.00"), BigDecimal.ZERO, D2, "B2");

        // 3-for-2 on 1 + 1 shares: 1.5 + 1.5 new shares make 3 whole ones, none paid in cash.
        SplitResult result = book.split(3, 2);

        assertThat(result.newQuantity()).isEqualTo(3);
        assertThat(result.cashInLieuCost()).isEqualByComparingTo("0");
        assertThat(book.lots()).containsExactly(new Lot(D1, "B1", 1, dec("10.00")), new Lot(D2, "B2", 2, dec("20.00")));
    }

    @Test
    void the_fraction_of_a_share_leaves_the_book_at_cost_as_cash_in_lieu() {
        LotBook book = new LotBook(CostMethod.AVERAGE, EUR);
        book.buy(101, dec("10.00"), BigDecimal.ZERO, D1, "B1");

        // 101 × 3/2 = 151.5: 151 shares stay, half a share at 1010.00 / 151.5 per share = 3.33.
        SplitResult result = book.split(3, 2);

        assertThat(result).isEqualTo(new SplitResult(151, dec("0.50000000"), dec("3.33")));
        assertThat(book.quantity()).isEqualTo(151);
        assertThat(book.costBasis()).isEqualByComparingTo("1006.67");
    }

    @Test
    void a_reverse_split_takes_the_fraction_from_the_oldest_lot_and_merges_lots_left_without_a_whole_share() {
        LotBook book = new LotBook(CostMethod.FIFO, EUR);
        book.buy(5, dec("10.00"), BigDecimal.ZERO, D1, "B1");
        book.buy(5, dec("14.00"), BigDecimal.ZERO, D2, "B2");
        book.buy(3, dec("10.00"), BigDecimal.ZERO, D3, "B3");

        // 13 shares, 1-for-10: 1 new share and 0.3 of one; the 3 surplus old shares come out of B1
        // at 10.00 each; B1's 2 and B2's 5 remaining shares make no whole new share, so their cost
        // goes with the one new share that B3 completes.
        SplitResult result = book.split(1, 10);

        assertThat(result).isEqualTo(new SplitResult(1, dec("0.30000000"), dec("30.00")));
        assertThat(book.lots()).containsExactly(new Lot(D3, "B3", 1, dec("120.00")));
        assertThat(book.costBasis().add(result.cashInLieuCost())).isEqualByComparingTo("150.00");
    }

    @Test
    void a_reverse_split_of_less_than_one_new_share_pays_everything_in_cash() {
        LotBook book = new LotBook(CostMethod.FIFO, EUR);
        book.buy(5, dec("7.00"), BigDecimal.ZERO, D1, "B1");

        SplitResult result = book.split(1, 10);

        assertThat(result).isEqualTo(new SplitResult(0, dec("0.50000000"), dec("35.00")));
        assertThat(book.lots()).isEmpty();
        assertThat(book.quantity()).isZero();
    }

    @Test
    void a_split_of_an_empty_book_does_nothing() {
        LotBook book = new LotBook(CostMethod.FIFO, EUR);
        assertThat(book.split(3, 1)).isEqualTo(new SplitResult(0, dec("0E-8"), dec("0.00")));
    }
}
