package org.backoffice.securities.fail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PenaltyTableTest {
    private static final LocalDate START = LocalDate.of(2022, 2, 1);

    @ParameterizedTest(name = "{0}: {1} bp a day")
    @CsvSource({
        "SHARES_LIQUID,     1.0",
        "SHARES_ILLIQUID,   0.5",
        "SME_GROWTH_MARKET, 0.25",
        "SOVEREIGN_DEBT,    0.10",
        "OTHER_DEBT,        0.20",
        "SME_DEBT,          0.15",
        "OTHER,             0.5",
    })
    void the_defaults_are_the_annex_s_rates_from_the_start_of_the_regime(PenaltyCategory category, BigDecimal rate) {
        PenaltyRate inForce = PenaltyTable.defaults().rateOn(category, START);

        assertThat(inForce).isEqualTo(new PenaltyRate(category, rate, START));
    }

    @Test
    void there_is_no_rate_before_the_regime_started() {
        assertThatThrownBy(() -> PenaltyTable.defaults().rateOn(PenaltyCategory.SHARES_LIQUID, START.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("category: no SHARES_LIQUID penalty rate is in force on 2022-01-31");
    }

    @Test
    void the_lack_of_cash_rate_is_the_user_s_to_enter() {
        PenaltyTable defaults = PenaltyTable.defaults();
        assertThatThrownBy(() -> defaults.rateOn(PenaltyCategory.LACK_OF_CASH, LocalDate.of(2026, 3, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("category: no LACK_OF_CASH penalty rate is in force on 2026-03-02");

        PenaltyTable withCash =
                defaults.with(PenaltyRate.lackOfCash(new BigDecimal("2.65"), LocalDate.of(2025, 6, 11)));

        assertThat(withCash.rateOn(PenaltyCategory.LACK_OF_CASH, LocalDate.of(2026, 3, 2))
                        .dailyRateBasisPoints())
                .isEqualTo(new BigDecimal("0.72602739726027397260")); // 265 bp / 365
    }

    @Test
    void the_rate_in_force_is_the_latest_one_that_has_started() {
        LocalDate change = LocalDate.of(2026, 9, 1);
        PenaltyTable table = PenaltyTable.defaults()
                .with(new PenaltyRate(PenaltyCategory.SOVEREIGN_DEBT, new BigDecimal("0.50"), change));

        assertThat(table.rateOn(PenaltyCategory.SOVEREIGN_DEBT, change.minusDays(1))
                        .dailyRateBasisPoints())
                .isEqualByComparingTo("0.10");
        assertThat(table.rateOn(PenaltyCategory.SOVEREIGN_DEBT, change).dailyRateBasisPoints())
                .isEqualByComparingTo("0.50");
        assertThat(table.rateOn(PenaltyCategory.SOVEREIGN_DEBT, change.plusYears(5))
                        .dailyRateBasisPoints())
                .isEqualByComparingTo("0.50");
        assertThat(table.rateOn(PenaltyCategory.OTHER_DEBT, change).dailyRateBasisPoints())
                .isEqualByComparingTo("0.20");
    }

    @Test
    void with_replaces_a_rate_of_the_same_day_and_leaves_the_old_table_as_it_was() {
        PenaltyTable defaults = PenaltyTable.defaults();
        PenaltyTable corrected = defaults.with(new PenaltyRate(PenaltyCategory.OTHER, new BigDecimal("0.4"), START));

        assertThat(corrected.rateOn(PenaltyCategory.OTHER, START).dailyRateBasisPoints())
                .isEqualByComparingTo("0.4");
        assertThat(corrected.rates()).hasSize(7);
        assertThat(defaults.rateOn(PenaltyCategory.OTHER, START).dailyRateBasisPoints())
                .isEqualByComparingTo("0.5");
        assertThat(defaults).isEqualTo(PenaltyTable.defaults()).isNotEqualTo(corrected);
    }

    @ParameterizedTest(name = "{0}% a year is {1} bp a day")
    @CsvSource({
        "4.50,  1.23287671232876712329",
        "3.65,  1.00000000000000000000",
        "0,     0E-20",
        "-0.25, 0E-20", // the annex's floor of zero
    })
    void a_yearly_cash_rate_becomes_a_daily_rate_on_an_actual_365_basis(BigDecimal annual, BigDecimal daily) {
        assertThat(PenaltyRate.lackOfCash(annual, START).dailyRateBasisPoints()).isEqualTo(daily);
    }

    static Stream<Arguments> badRates() {
        return Stream.of(
                Arguments.of((Runnable) () -> new PenaltyRate(null, BigDecimal.ONE, START), "category: is required"),
                Arguments.of(
                        (Runnable) () -> new PenaltyRate(PenaltyCategory.OTHER, null, START),
                        "dailyRateBasisPoints: is required"),
                Arguments.of(
                        (Runnable) () -> new PenaltyRate(PenaltyCategory.OTHER, new BigDecimal("-0.1"), START),
                        "dailyRateBasisPoints: must not be negative, was -0.1"),
                Arguments.of(
                        (Runnable) () -> new PenaltyRate(PenaltyCategory.OTHER, BigDecimal.ONE, null),
                        "validFrom: is required"),
                Arguments.of((Runnable) () -> PenaltyRate.lackOfCash(null, START), "annualRatePercent: is required"),
                Arguments.of((Runnable) () -> PenaltyTable.empty().with(null), "rate: is required"),
                Arguments.of((Runnable) () -> PenaltyTable.defaults().rateOn(null, START), "category: is required"),
                Arguments.of(
                        (Runnable) () -> PenaltyTable.defaults().rateOn(PenaltyCategory.OTHER, null),
                        "date: is required"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRates")
    void bad_input_names_the_field_and_the_rule(Runnable action, String message) {
        assertThatThrownBy(action::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
