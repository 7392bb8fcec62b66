package org.backoffice.securities.corporate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DayCountTest {
    @ParameterizedTest(name = "30/360 {0} to {1}: {2} days")
    @CsvSource({
        "2025-03-01, 2025-07-17, 136", // the textbook 5% semi-annual corporate bond
        "2025-01-31, 2025-03-31, 60", // both 31sts count as 30ths
        "2025-01-30, 2025-03-31, 60", // an end on the 31st is the 30th after a start on the 30th
        "2025-01-29, 2025-03-31, 62", // ...but not after a start on the 29th
        "2025-02-28, 2025-03-31, 33", // bond basis: no February end-of-month adjustment
        "2024-02-29, 2024-08-31, 182",
        "2025-01-15, 2025-07-15, 180",
        "2024-12-31, 2025-06-30, 180",
        "2025-06-15, 2025-06-15, 0",
    })
    void thirty_360_counts_months_of_30_days(LocalDate start, LocalDate end, long days) {
        assertThat(DayCount.THIRTY_360.days(start, end)).isEqualTo(days);
        assertThat(DayCount.THIRTY_360.yearFraction(start, end)).isEqualTo(new YearFraction(days, 360));
    }

    @ParameterizedTest(name = "{0} {1} to {2}: {3}/{4}")
    @CsvSource({
        "ACT_360, 2025-01-15, 2025-04-15, 90, 360",
        "ACT_365, 2025-01-01, 2025-07-01, 181, 365",
        "ACT_365, 2024-01-01, 2025-01-01, 366, 365", // fixed 365 even over a leap year
        "ACT_360, 2024-02-28, 2024-03-01, 2, 360",
    })
    void actual_day_counts_count_calendar_days(
            DayCount dayCount, LocalDate start, LocalDate end, long numerator, long denominator) {
        assertThat(dayCount.yearFraction(start, end)).isEqualTo(new YearFraction(numerator, denominator));
    }

    @ParameterizedTest(name = "ACT/ACT ICMA {0} to {1} in {2}..{3}, {4} a year: {5}/{6}")
    @CsvSource({
        // US Treasury, coupons 15 May and 15 November: 63 of the period's 184 days, half a year each.
        "2025-05-15, 2025-07-17, 2025-05-15, 2025-11-15, 2, 63, 368",
        // Annual Bund coupon over a leap year: 187 of 366 days.
        "2024-02-15, 2024-08-20, 2024-02-15, 2025-02-15, 1, 187, 366",
        "2025-02-15, 2025-08-20, 2025-02-15, 2026-02-15, 1, 186, 365",
        // A full quarterly period is exactly a quarter of a year, however long.
        "2025-01-31, 2025-04-30, 2025-01-31, 2025-04-30, 4, 89, 356",
    })
    void act_act_icma_divides_by_the_days_of_the_coupon_period(
            LocalDate start,
            LocalDate end,
            LocalDate periodStart,
            LocalDate periodEnd,
            int frequency,
            long numerator,
            long denominator) {
        YearFraction fraction = DayCount.ACT_ACT_ICMA.yearFraction(start, end, periodStart, periodEnd, frequency);

        assertThat(fraction).isEqualTo(new YearFraction(numerator, denominator));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ACT_360", "ACT_365", "THIRTY_360"})
    void other_day_counts_ignore_the_coupon_period(DayCount dayCount) {
        LocalDate start = LocalDate.of(2025, 5, 15);
        LocalDate end = LocalDate.of(2025, 7, 17);
        assertThat(dayCount.yearFraction(start, end, start, LocalDate.of(2025, 11, 15), 2))
                .isEqualTo(dayCount.yearFraction(start, end));
    }

    @ParameterizedTest(name = "{0} to {1} decimals is {2}")
    @CsvSource({"63, 368, 6, 0.171196", "1, 3, 4, 0.3333", "2, 3, 0, 1", "5, 8, 2, 0.62"})
    void a_year_fraction_rounds_half_even_only_when_asked_for_a_decimal(
            long numerator, long denominator, int scale, BigDecimal decimal) {
        assertThat(new YearFraction(numerator, denominator).toDecimal(scale)).isEqualTo(decimal);
    }

    static Stream<Arguments> badDayCounts() {
        LocalDate a = LocalDate.of(2025, 1, 1);
        LocalDate b = LocalDate.of(2025, 7, 1);
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> DayCount.ACT_ACT_ICMA.yearFraction(a, b),
                        "dayCount: ACT_ACT_ICMA needs the coupon period and the frequency"),
                Arguments.of(
                        (Runnable) () -> DayCount.ACT_360.yearFraction(b, a),
                        "end: must not be before start 2025-07-01, was 2025-01-01"),
                Arguments.of((Runnable) () -> DayCount.ACT_365.yearFraction(null, a), "start: is required"),
                Arguments.of((Runnable) () -> DayCount.THIRTY_360.days(a, null), "end: is required"),
                Arguments.of(
                        (Runnable) () -> DayCount.ACT_ACT_ICMA.yearFraction(a, b, null, b, 2),
                        "periodStart: is required"),
                Arguments.of(
                        (Runnable) () -> DayCount.ACT_ACT_ICMA.yearFraction(a, b, a, null, 2),
                        "periodEnd: is required"),
                Arguments.of(
                        (Runnable) () -> DayCount.ACT_ACT_ICMA.yearFraction(a, a, a, a, 2),
                        "periodEnd: must be after periodStart 2025-01-01, was 2025-01-01"),
                Arguments.of(
                        (Runnable) () -> DayCount.ACT_ACT_ICMA.yearFraction(a, b.plusDays(1), a, b, 2),
                        "start: 2025-01-01 to 2025-07-02 must lie within the coupon period 2025-01-01 to 2025-07-01"),
                Arguments.of(
                        (Runnable) () -> DayCount.ACT_ACT_ICMA.yearFraction(a, b, a, b, 5),
                        "frequency: must be 1, 2, 3, 4, 6 or 12 coupons a year, was 5"),
                Arguments.of(
                        (Runnable) () -> DayCount.ACT_360.yearFraction(a, b, a, b, 0),
                        "frequency: must be 1, 2, 3, 4, 6 or 12 coupons a year, was 0"),
                Arguments.of((Runnable) () -> new YearFraction(-1, 360), "numerator: must not be negative, was -1"),
                Arguments.of((Runnable) () -> new YearFraction(1, 0), "denominator: must be positive, was 0"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badDayCounts")
    void bad_input_names_the_field_and_the_rule(Runnable action, String message) {
        assertThatThrownBy(action::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
