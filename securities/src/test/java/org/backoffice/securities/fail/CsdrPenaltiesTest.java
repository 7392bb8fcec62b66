package org.backoffice.securities.fail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.backoffice.ledger.Asset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsdrPenaltiesTest {
    private static final Asset EUR = Asset.currency("EUR", 2);
    private static final Asset JPY = Asset.currency("JPY", 0);
    // March 2026: Thursday 5, Friday 6, Monday 9 (a holiday here), Tuesday 10, Wednesday 11.
    private static final LocalDate THU = LocalDate.of(2026, 3, 5);
    private static final LocalDate FRI = LocalDate.of(2026, 3, 6);
    private static final LocalDate MON = LocalDate.of(2026, 3, 9);
    private static final LocalDate TUE = LocalDate.of(2026, 3, 10);
    private static final LocalDate WED = LocalDate.of(2026, 3, 11);
    private static final BusinessDayPredicate CALENDAR =
            day -> BusinessDayPredicate.weekdays().isBusinessDay(day) && !day.equals(MON);
    private static final CsdrPenalties PENALTIES = CsdrPenalties.of(PenaltyTable.defaults()
            .with(PenaltyRate.lackOfCash(new BigDecimal("3.65"), LocalDate.of(2025, 1, 1)))); // 1 bp a day

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static Function<LocalDate, BigDecimal> prices(Map<LocalDate, String> byDay) {
        return day -> byDay.containsKey(day) ? dec(byDay.get(day)) : null;
    }

    @Test
    void a_day_s_penalty_is_the_rate_in_basis_points_of_the_value() {
        // 1 000 liquid shares at 25.00: 1 bp of 25 000.00.
        assertThat(CsdrPenalties.dailyPenalty(
                        PenaltyCategory.SHARES_LIQUID, dec("25000.00"), THU, PenaltyTable.defaults()))
                .isEqualByComparingTo("2.50");
        // 1 000 000 nominal of a government bond at 101.30 %: 0.10 bp of 1 013 000.
        assertThat(CsdrPenalties.dailyPenalty(
                        PenaltyCategory.SOVEREIGN_DEBT, dec("1013000"), THU, PenaltyTable.defaults()))
                .isEqualByComparingTo("10.13");
        // Unrounded: 0.25 bp of 1 234.56.
        assertThat(CsdrPenalties.dailyPenalty(
                        PenaltyCategory.SME_GROWTH_MARKET, dec("1234.56"), THU, PenaltyTable.defaults()))
                .isEqualTo(dec("0.03086400"));
    }

    @Test
    void a_fail_pays_for_each_business_day_from_the_isd_until_the_day_it_settles() {
        FailingSettlement fail = FailingSettlement.of("SI-1", PenaltyCategory.SHARES_LIQUID, 1000, EUR, THU)
                .settled(WED);

        PenaltyAccrual accrual = PENALTIES.accrue(
                fail,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31),
                CALENDAR,
                prices(Map.of(THU, "25.00", FRI, "25.50", TUE, "24.10")));

        // Thursday, Friday, (weekend and the Monday holiday), Tuesday; Wednesday it settled.
        assertThat(accrual.lines())
                .containsExactly(
                        new PenaltyLine(THU, dec("25000.00"), dec("1.0"), dec("2.50")),
                        new PenaltyLine(FRI, dec("25500.00"), dec("1.0"), dec("2.55")),
                        new PenaltyLine(TUE, dec("24100.00"), dec("1.0"), dec("2.41")));
        assertThat(accrual.total()).isEqualTo(dec("7.46"));
        assertThat(accrual.instructionRef()).isEqualTo("SI-1");
    }

    @Test
    void the_period_asked_for_clips_the_days_and_an_unsettled_fail_counts_to_its_end() {
        FailingSettlement fail = FailingSettlement.of("SI-2", PenaltyCategory.OTHER_DEBT, 50_000, EUR, THU);

        PenaltyAccrual accrual = PENALTIES.accrue(fail, FRI, TUE, CALENDAR, day -> dec("0.98"));

        // 0.20 bp of 49 000.00 = 0.98 a day, Friday and Tuesday.
        assertThat(accrual.lines()).extracting(PenaltyLine::day).containsExactly(FRI, TUE);
        assertThat(accrual.total()).isEqualTo(dec("1.96"));
    }

    @Test
    void a_period_before_the_isd_or_after_settlement_has_no_penalty() {
        FailingSettlement fail = FailingSettlement.of("SI-3", PenaltyCategory.OTHER, 10, EUR, FRI)
                .settled(TUE);

        assertThat(PENALTIES
                        .accrue(fail, MON.minusDays(10), THU, CALENDAR, day -> dec("1"))
                        .lines())
                .isEmpty();
        assertThat(PENALTIES.accrue(fail, TUE, WED, CALENDAR, day -> dec("1")).total())
                .isEqualTo(dec("0.00"));
    }

    @Test
    void each_day_rounds_half_even_to_the_currency_s_scale() {
        FailingSettlement fail = FailingSettlement.of("SI-4", PenaltyCategory.SHARES_LIQUID, 10, EUR, THU);

        // 1 bp of 50.00 is 0.005, to the even 0.00; of 150.00 it is 0.015, to the even 0.02.
        PenaltyAccrual accrual = PENALTIES.accrue(fail, THU, FRI, CALENDAR, prices(Map.of(THU, "5.00", FRI, "15.00")));

        assertThat(accrual.lines()).extracting(PenaltyLine::penalty).containsExactly(dec("0.00"), dec("0.02"));
        assertThat(accrual.total()).isEqualTo(dec("0.02"));
    }

    @Test
    void a_yen_penalty_has_no_decimals() {
        FailingSettlement fail = FailingSettlement.of("SI-5", PenaltyCategory.SHARES_ILLIQUID, 300, JPY, THU);

        // 0.5 bp of 300 × 2 510 = 753 000 yen is 37.65, rounded to 38.
        PenaltyAccrual accrual = PENALTIES.accrue(fail, THU, THU, CALENDAR, day -> dec("2510"));

        assertThat(accrual.total()).isEqualTo(dec("38"));
    }

    @Test
    void a_dvp_failing_for_lack_of_cash_pays_the_cash_rate_on_the_reference_value() {
        // Art. 3(2) of 2017/389: the reference price values the fail, whether securities or cash are missing.
        FailingSettlement fail =
                new FailingSettlement("SI-6", PenaltyCategory.LACK_OF_CASH, 1000, dec("24000.00"), EUR, THU, FRI);

        PenaltyAccrual accrual = PENALTIES.accrue(fail, THU, WED, CALENDAR, day -> dec("25.00"));

        assertThat(accrual.lines())
                .containsExactly(new PenaltyLine(THU, dec("25000.00"), dec("1.00000000000000000000"), dec("2.50")));
    }

    @Test
    void a_payment_free_of_delivery_pays_on_its_cash_amount_without_asking_for_a_price() {
        FailingSettlement fail =
                FailingSettlement.cashOnly("SI-7", dec("1000000.00"), EUR, THU).settled(TUE);

        PenaltyAccrual accrual = PENALTIES.accrue(fail, THU, WED, CALENDAR, day -> {
            throw new AssertionError("no price is needed");
        });

        // 1 bp a day of 1 000 000.00 on Thursday and Friday.
        assertThat(accrual.total()).isEqualTo(dec("200.00"));
    }

    @Test
    void a_rate_change_applies_from_its_first_day() {
        CsdrPenalties penalties = CsdrPenalties.of(
                PENALTIES.table().with(new PenaltyRate(PenaltyCategory.SHARES_LIQUID, dec("2.0"), FRI)));
        FailingSettlement fail = FailingSettlement.of("SI-8", PenaltyCategory.SHARES_LIQUID, 100, EUR, THU);

        PenaltyAccrual accrual = penalties.accrue(fail, THU, FRI, CALENDAR, day -> dec("100.00"));

        assertThat(accrual.lines()).extracting(PenaltyLine::penalty).containsExactly(dec("1.00"), dec("2.00"));
    }

    static Stream<Arguments> badAccruals() {
        FailingSettlement fail = FailingSettlement.of("SI", PenaltyCategory.SHARES_LIQUID, 10, EUR, THU);
        Function<LocalDate, BigDecimal> price = day -> dec("1");
        return Stream.of(
                Arguments.of((Runnable) () -> PENALTIES.accrue(null, THU, FRI, CALENDAR, price), "fail: is required"),
                Arguments.of((Runnable) () -> PENALTIES.accrue(fail, null, FRI, CALENDAR, price), "from: is required"),
                Arguments.of(
                        (Runnable) () -> PENALTIES.accrue(fail, THU, null, CALENDAR, price),
                        "toInclusive: is required"),
                Arguments.of(
                        (Runnable) () -> PENALTIES.accrue(fail, FRI, THU, CALENDAR, price),
                        "toInclusive: must not be before from 2026-03-06, was 2026-03-05"),
                Arguments.of(
                        (Runnable) () -> PENALTIES.accrue(fail, THU, FRI, null, price), "businessDays: is required"),
                Arguments.of(
                        (Runnable) () -> PENALTIES.accrue(fail, THU, FRI, CALENDAR, null),
                        "referencePrice: is required"),
                Arguments.of(
                        (Runnable) () -> PENALTIES.accrue(fail, THU, FRI, CALENDAR, prices(Map.of(THU, "1"))),
                        "referencePrice: none for 2026-03-06"),
                Arguments.of(
                        (Runnable) () -> PENALTIES.accrue(fail, THU, FRI, CALENDAR, day -> dec("-1")),
                        "referencePrice: must not be negative, was -1 on 2026-03-05"),
                Arguments.of(
                        (Runnable) () -> CsdrPenalties.of(PenaltyTable.empty()).accrue(fail, THU, FRI, CALENDAR, price),
                        "category: no SHARES_LIQUID penalty rate is in force on 2026-03-05"),
                Arguments.of((Runnable) () -> CsdrPenalties.of(null), "table: is required"),
                Arguments.of(
                        (Runnable) () ->
                                CsdrPenalties.dailyPenalty(PenaltyCategory.OTHER, null, THU, PenaltyTable.defaults()),
                        "referencePriceOrCashAmount: is required"),
                Arguments.of(
                        (Runnable) () -> CsdrPenalties.dailyPenalty(
                                PenaltyCategory.OTHER, dec("-5"), THU, PenaltyTable.defaults()),
                        "referencePriceOrCashAmount: must not be negative, was -5"),
                Arguments.of(
                        (Runnable) () -> CsdrPenalties.dailyPenalty(PenaltyCategory.OTHER, dec("5"), THU, null),
                        "table: is required"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badAccruals")
    void bad_input_names_the_field_and_the_rule(Runnable action, String message) {
        assertThatThrownBy(action::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> badFails() {
        BigDecimal zero = BigDecimal.ZERO;
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> FailingSettlement.of(" ", PenaltyCategory.OTHER, 1, EUR, THU),
                        "instructionRef: must not be blank"),
                Arguments.of((Runnable) () -> FailingSettlement.of("SI", null, 1, EUR, THU), "category: is required"),
                Arguments.of(
                        (Runnable) () -> FailingSettlement.of("SI", PenaltyCategory.OTHER, -1, EUR, THU),
                        "quantity: must not be negative, was -1"),
                Arguments.of(
                        (Runnable) () -> FailingSettlement.of("SI", PenaltyCategory.OTHER, 0, EUR, THU),
                        "quantity: a fail for lack of securities needs a positive quantity"),
                Arguments.of(
                        (Runnable) () -> new FailingSettlement("SI", PenaltyCategory.OTHER, 1, null, EUR, THU, null),
                        "cashAmount: is required (zero when there is no cash leg)"),
                Arguments.of(
                        (Runnable) () -> FailingSettlement.cashOnly("SI", dec("-0.01"), EUR, THU),
                        "cashAmount: must not be negative, was -0.01"),
                Arguments.of(
                        (Runnable) () -> FailingSettlement.cashOnly("SI", zero, EUR, THU),
                        "cashAmount: an instruction with no securities leg needs a positive cash amount"),
                Arguments.of(
                        (Runnable) () -> FailingSettlement.of("SI", PenaltyCategory.OTHER, 1, null, THU),
                        "currency: is required"),
                Arguments.of(
                        (Runnable)
                                () -> FailingSettlement.of("SI", PenaltyCategory.OTHER, 1, Asset.security("ACME"), THU),
                        "currency: must be a currency, was SECURITY ACME"),
                Arguments.of(
                        (Runnable) () -> FailingSettlement.of("SI", PenaltyCategory.OTHER, 1, EUR, null),
                        "intendedSettlementDate: is required"),
                Arguments.of(
                        (Runnable) () -> FailingSettlement.of("SI", PenaltyCategory.OTHER, 1, EUR, THU)
                                .settled(THU),
                        "settledOn: must be after the intended settlement date 2026-03-05, was 2026-03-05"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFails")
    void a_bad_fail_names_the_field_and_the_rule(Runnable action, String message) {
        assertThatThrownBy(action::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
