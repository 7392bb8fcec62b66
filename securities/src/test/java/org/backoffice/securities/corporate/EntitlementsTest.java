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

class EntitlementsTest {
    private static final Entitlements EUR = Entitlements.in(Asset.currency("EUR", 2));
    private static final Entitlements JPY = Entitlements.in(Asset.currency("JPY", 0));

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest(name = "{0} shares × {1}, {2} withheld: {3} − {4} = {5}")
    @CsvSource({
        "1000, 0.435,  0.15,    435.00, 65.25, 369.75",
        // 41.625 rounds half-even to 41.62; 26.375 % of 41.62 is 10.977275, to 10.98.
        "333,  0.125,  0.26375, 41.62,  10.98, 30.64",
        "500,  1.20,   0,       600.00, 0.00,  600.00",
        "0,    1.20,   0.15,    0.00,   0.00,  0.00",
        "7,    0.0007, 1,       0.00,   0.00,  0.00",
    })
    void a_dividend_is_the_position_times_the_rate_less_the_tax_on_the_rounded_gross(
            long position, BigDecimal rate, BigDecimal tax, BigDecimal gross, BigDecimal withheld, BigDecimal net) {
        assertThat(EUR.dividend(position, rate, tax)).isEqualTo(new Entitlement(gross, withheld, net));
    }

    @Test
    void a_yen_dividend_has_no_decimals() {
        // 150 × 12.5 = 1875; 20.315 % of it is 380.90625, to 381.
        assertThat(JPY.dividend(150, dec("12.5"), dec("0.20315")))
                .isEqualTo(new Entitlement(dec("1875"), dec("381"), dec("1494")));
    }

    @ParameterizedTest(name = "{3} coupon of {0} × {1} at {2}% from {4} to {5}: {6}")
    @CsvSource({
        "1,  1000000.00, 3,    ACT_360,    2025-01-15, 2025-04-15, 7500.00",
        "1,  10000.00,   5,    ACT_365,    2025-01-01, 2025-07-01, 247.95",
        "10, 1000.00,    5,    THIRTY_360, 2025-03-01, 2025-09-01, 250.00",
        "3,  1000.00,    4.25, THIRTY_360, 2024-12-31, 2025-06-30, 63.75",
    })
    void a_coupon_is_nominal_times_rate_times_the_year_fraction(
            long quantity,
            BigDecimal nominal,
            BigDecimal rate,
            DayCount dayCount,
            LocalDate start,
            LocalDate end,
            BigDecimal amount) {
        assertThat(EUR.couponAmount(quantity, nominal, rate, dayCount, start, end))
                .isEqualTo(amount);
    }

    @Test
    void an_act_act_icma_coupon_of_a_full_period_is_the_rate_over_the_frequency() {
        // 184 days or 181, half a year's coupon either way.
        assertThat(EUR.couponAmount(
                        1,
                        dec("1000000.00"),
                        dec("8.75"),
                        DayCount.ACT_ACT_ICMA,
                        LocalDate.of(2025, 5, 15),
                        LocalDate.of(2025, 11, 15),
                        2))
                .isEqualTo(dec("43750.00"));
        assertThat(EUR.couponAmount(
                        1,
                        dec("1000000.00"),
                        dec("8.75"),
                        DayCount.ACT_ACT_ICMA,
                        LocalDate.of(2025, 11, 15),
                        LocalDate.of(2026, 5, 15),
                        2))
                .isEqualTo(dec("43750.00"));
    }

    static Stream<Arguments> badEntitlements() {
        LocalDate a = LocalDate.of(2025, 1, 1);
        LocalDate b = LocalDate.of(2025, 7, 1);
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> EUR.dividend(-1, dec("1"), dec("0")),
                        "positionAtRecordDate: must not be negative, was -1"),
                Arguments.of((Runnable) () -> EUR.dividend(1, null, dec("0")), "ratePerShare: is required"),
                Arguments.of(
                        (Runnable) () -> EUR.dividend(1, dec("-0.1"), dec("0")),
                        "ratePerShare: must not be negative, was -0.1"),
                Arguments.of(
                        (Runnable) () -> EUR.dividend(1, dec("1"), null),
                        "withholdingTaxRate: is required (zero when nothing is withheld)"),
                Arguments.of(
                        (Runnable) () -> EUR.dividend(1, dec("1"), dec("15")),
                        "withholdingTaxRate: must be a fraction within 0 and 1 (0.15 for 15 %), was 15"),
                Arguments.of(
                        (Runnable) () -> EUR.dividend(1, dec("1"), dec("-0.01")),
                        "withholdingTaxRate: must be a fraction within 0 and 1 (0.15 for 15 %), was -0.01"),
                Arguments.of(
                        (Runnable) () -> EUR.couponAmount(0, dec("1000"), dec("5"), DayCount.ACT_360, a, b),
                        "quantity: must be positive, was 0"),
                Arguments.of(
                        (Runnable) () -> EUR.couponAmount(1, null, dec("5"), DayCount.ACT_360, a, b),
                        "nominal: is required"),
                Arguments.of(
                        (Runnable) () -> EUR.couponAmount(1, dec("0"), dec("5"), DayCount.ACT_360, a, b),
                        "nominal: must be positive, was 0"),
                Arguments.of(
                        (Runnable) () -> EUR.couponAmount(1, dec("1000"), null, DayCount.ACT_360, a, b),
                        "annualRatePercent: is required"),
                Arguments.of(
                        (Runnable) () -> EUR.couponAmount(1, dec("1000"), dec("-1"), DayCount.ACT_360, a, b),
                        "annualRatePercent: must not be negative, was -1"),
                Arguments.of(
                        (Runnable) () -> EUR.couponAmount(1, dec("1000"), dec("5"), null, a, b),
                        "dayCount: is required"),
                Arguments.of(
                        (Runnable) () -> EUR.couponAmount(1, dec("1000"), dec("5"), DayCount.ACT_ACT_ICMA, a, b),
                        "dayCount: ACT_ACT_ICMA needs the coupon period and the frequency"),
                Arguments.of(
                        (Runnable) () -> EUR.couponAmount(1, dec("1000"), dec("5"), DayCount.ACT_360, b, a),
                        "end: must not be before start 2025-07-01, was 2025-01-01"),
                Arguments.of((Runnable) () -> Entitlements.in(null), "currency: is required"),
                Arguments.of(
                        (Runnable) () -> Entitlements.in(Asset.security("ACME")),
                        "currency: must be a currency, was SECURITY ACME"),
                Arguments.of(
                        (Runnable) () -> new Entitlement(dec("10"), dec("11"), dec("-1")),
                        "tax: must be within 0 and the gross amount, was 11"),
                Arguments.of(
                        (Runnable) () -> new Entitlement(dec("10"), dec("1"), dec("8")),
                        "net: must be gross − tax, was 8"),
                Arguments.of((Runnable) () -> new SplitRatio(0, 1), "newShares: must be positive, was 0"),
                Arguments.of((Runnable) () -> new SplitRatio(3, -2), "oldShares: must be positive, was -2"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badEntitlements")
    void bad_input_names_the_field_and_the_rule(Runnable action, String message) {
        assertThatThrownBy(action::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}-for-{1} reverse: {2}")
    @CsvSource({"3, 2, false", "1, 10, true", "1, 1, false"})
    void a_split_ratio_knows_a_reverse_split(int newShares, int oldShares, boolean reverse) {
        SplitRatio ratio = new SplitRatio(newShares, oldShares);
        assertThat(ratio.reverse()).isEqualTo(reverse);
        assertThat(ratio).hasToString(newShares + "-for-" + oldShares);
    }
}
