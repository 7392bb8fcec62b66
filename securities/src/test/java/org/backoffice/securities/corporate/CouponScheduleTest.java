package org.backoffice.securities.corporate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.backoffice.ledger.Asset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CouponScheduleTest {
    private static final Asset EUR = Asset.currency("EUR", 2);
    private static final Asset USD = Asset.currency("USD", 2);

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A 5 % semi-annual 30/360 corporate bond paying on 1 March and 1 September. */
    private static final CouponSchedule CORPORATE =
            new CouponSchedule(date("2021-03-01"), date("2030-09-01"), 2, dec("5"), DayCount.THIRTY_360, USD);

    /** An 8.75 % US Treasury bond, ACT/ACT, paying on 15 May and 15 November. */
    private static final CouponSchedule TREASURY =
            new CouponSchedule(date("1990-11-15"), date("2030-05-15"), 2, dec("8.75"), DayCount.ACT_ACT_ICMA, USD);

    /** A 4 % annual Bund, ACT/ACT, paying on 15 February. */
    private static final CouponSchedule BUND =
            new CouponSchedule(date("2021-02-15"), date("2031-02-15"), 1, dec("4"), DayCount.ACT_ACT_ICMA, EUR);

    @ParameterizedTest(name = "settling {2}: {0} × {1} accrue {3}")
    @CsvSource({
        // Textbook: 1 March to 17 July is 136 days of 30/360; 1000 × 5 % × 136 / 360 = 18.888...
        "1,  1000.00, 2025-07-17, 18.89",
        "10, 1000.00, 2025-07-17, 188.89",
        "1,  1000.00, 2025-03-01, 0.00", // on a coupon date nothing has accrued
        // 1 March to 31 August is already 180 days of 30/360 (the 31st after a 1st is not cut to the 30th).
        "1,  1000.00, 2025-08-31, 25.00",
        "1,  1000.00, 2025-08-30, 24.86", // 179 days: 24.861...
        "1,  1000.00, 2025-09-02, 0.14", // the day after the coupon: 1 day
    })
    void a_30_360_bond_accrues_months_of_thirty_days(
            long quantity, BigDecimal nominal, LocalDate settlement, BigDecimal accrued) {
        assertThat(CORPORATE.accruedInterest(quantity, nominal, settlement)).isEqualTo(accrued);
    }

    @Test
    void accrued_interest_rounds_half_even() {
        CouponSchedule bond =
                new CouponSchedule(date("2025-07-01"), date("2030-01-01"), 2, dec("4.5"), DayCount.THIRTY_360, EUR);

        // 1 January to 16 February: 45 days; 1000 × 4.5 % × 45 / 360 = 5.625, to the even 5.62.
        assertThat(bond.accruedInterest(1, dec("1000.00"), date("2025-02-16"))).isEqualTo(dec("5.62"));
        // 3 bonds: 16.875, to 16.88.
        assertThat(bond.accruedInterest(3, dec("1000.00"), date("2025-02-16"))).isEqualTo(dec("16.88"));
    }

    @Test
    void a_treasury_accrues_actual_days_over_the_actual_days_of_the_period() {
        // 15 May to 17 July: 63 of 184 days of a half-year coupon of 43 750.00.
        assertThat(TREASURY.accruedInterest(1, dec("1000000.00"), date("2025-07-17")))
                .isEqualTo(dec("14979.62"));
        assertThat(TREASURY.previousCoupon(date("2025-07-17"))).isEqualTo(date("2025-05-15"));
        assertThat(TREASURY.nextCoupon(date("2025-07-17"))).isEqualTo(date("2025-11-15"));
    }

    @ParameterizedTest(name = "settling {0}: {1}")
    @CsvSource({
        "2024-08-20, 2043.72", // 187 of the leap period's 366 days of 4 000.00
        "2025-08-20, 2038.36", // 186 of 365
        "2025-02-15, 0.00",
        "2026-02-14, 3989.04", // 364 of 365
    })
    void an_annual_bund_accrues_over_the_days_of_its_year(LocalDate settlement, BigDecimal accrued) {
        assertThat(BUND.accruedInterest(1, dec("100000.00"), settlement)).isEqualTo(accrued);
    }

    @Test
    void coupon_dates_run_from_the_first_to_maturity() {
        CouponSchedule bond =
                new CouponSchedule(date("2025-03-01"), date("2026-09-01"), 2, dec("5"), DayCount.THIRTY_360, USD);

        assertThat(bond.couponDates())
                .containsExactly(date("2025-03-01"), date("2025-09-01"), date("2026-03-01"), date("2026-09-01"));
        assertThat(bond.accrualStart()).isEqualTo(date("2024-09-01"));
    }

    @Test
    void a_month_end_first_coupon_keeps_every_coupon_at_month_end() {
        CouponSchedule bond =
                new CouponSchedule(date("2024-02-29"), date("2025-08-31"), 4, dec("3"), DayCount.ACT_ACT_ICMA, EUR);

        assertThat(bond.couponDates())
                .containsExactly(
                        date("2024-02-29"),
                        date("2024-05-31"),
                        date("2024-08-31"),
                        date("2024-11-30"),
                        date("2025-02-28"),
                        date("2025-05-31"),
                        date("2025-08-31"));
        assertThat(bond.previousCoupon(date("2024-12-15"))).isEqualTo(date("2024-11-30"));
        assertThat(bond.nextCoupon(date("2024-12-15"))).isEqualTo(date("2025-02-28"));
        assertThat(bond.accrualStart()).isEqualTo(date("2023-11-30"));
    }

    @Test
    void before_the_first_coupon_interest_accrues_from_one_regular_period_earlier() {
        assertThat(CORPORATE.previousCoupon(date("2021-01-10"))).isEqualTo(date("2020-09-01"));
        assertThat(CORPORATE.nextCoupon(date("2021-01-10"))).isEqualTo(date("2021-03-01"));
        // 1 September to 10 January: 129 days of 30/360.
        assertThat(CORPORATE.accruedInterest(1, dec("1000.00"), date("2021-01-10")))
                .isEqualTo(dec("17.92"));
    }

    @Test
    void the_last_period_ends_at_maturity() {
        assertThat(CORPORATE.previousCoupon(date("2030-08-31"))).isEqualTo(date("2030-03-01"));
        assertThat(CORPORATE.nextCoupon(date("2030-08-31"))).isEqualTo(date("2030-09-01"));
    }

    static Stream<Arguments> badSchedules() {
        LocalDate first = date("2025-03-01");
        LocalDate maturity = date("2030-09-01");
        BigDecimal rate = dec("5");
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> new CouponSchedule(null, maturity, 2, rate, DayCount.THIRTY_360, EUR),
                        "firstCouponDate: is required"),
                Arguments.of(
                        (Runnable) () -> new CouponSchedule(first, null, 2, rate, DayCount.THIRTY_360, EUR),
                        "maturity: is required"),
                Arguments.of(
                        (Runnable) () -> new CouponSchedule(first, first, 2, rate, DayCount.THIRTY_360, EUR),
                        "maturity: must be after the first coupon date 2025-03-01, was 2025-03-01"),
                Arguments.of(
                        (Runnable)
                                () -> new CouponSchedule(first, date("2030-08-01"), 2, rate, DayCount.THIRTY_360, EUR),
                        "maturity: 2030-08-01 is not on the coupon cycle of 2025-03-01 every 6 months"),
                Arguments.of(
                        (Runnable) () -> new CouponSchedule(first, maturity, 5, rate, DayCount.THIRTY_360, EUR),
                        "frequencyPerYear: must be 1, 2, 3, 4, 6 or 12, was 5"),
                Arguments.of(
                        (Runnable) () -> new CouponSchedule(first, maturity, 0, rate, DayCount.THIRTY_360, EUR),
                        "frequencyPerYear: must be 1, 2, 3, 4, 6 or 12, was 0"),
                Arguments.of(
                        (Runnable) () -> new CouponSchedule(first, maturity, 2, null, DayCount.THIRTY_360, EUR),
                        "ratePercent: is required"),
                Arguments.of(
                        (Runnable) () -> new CouponSchedule(first, maturity, 2, dec("-1"), DayCount.THIRTY_360, EUR),
                        "ratePercent: must not be negative, was -1"),
                Arguments.of(
                        (Runnable) () -> new CouponSchedule(first, maturity, 2, rate, null, EUR),
                        "dayCount: is required"),
                Arguments.of(
                        (Runnable) () -> new CouponSchedule(first, maturity, 2, rate, DayCount.THIRTY_360, null),
                        "currency: is required"),
                Arguments.of(
                        (Runnable) () -> new CouponSchedule(
                                first, maturity, 2, rate, DayCount.THIRTY_360, Asset.security("ACME")),
                        "currency: must be a currency, was SECURITY ACME"),
                Arguments.of(
                        (Runnable) () -> CORPORATE.accruedInterest(1, dec("1000"), date("2030-09-01")),
                        "settlementDate: must be before maturity 2030-09-01, was 2030-09-01"),
                Arguments.of(
                        (Runnable) () -> CORPORATE.accruedInterest(1, dec("1000"), date("2020-08-31")),
                        "settlementDate: must not be before the first coupon period, which starts on 2020-09-01, was 2020-08-31"),
                Arguments.of(
                        (Runnable) () -> CORPORATE.accruedInterest(1, dec("1000"), null),
                        "settlementDate: is required"),
                Arguments.of(
                        (Runnable) () -> CORPORATE.accruedInterest(0, dec("1000"), date("2025-07-17")),
                        "quantity: must be positive, was 0"),
                Arguments.of(
                        (Runnable) () -> CORPORATE.accruedInterest(1, dec("-1000"), date("2025-07-17")),
                        "nominal: must be positive, was -1000"),
                Arguments.of((Runnable) () -> CORPORATE.previousCoupon(null), "date: is required"),
                Arguments.of(
                        (Runnable) () -> CORPORATE.nextCoupon(date("2031-01-01")),
                        "date: must be before maturity 2030-09-01, was 2031-01-01"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badSchedules")
    void bad_input_names_the_field_and_the_rule(Runnable action, String message) {
        assertThatThrownBy(action::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
