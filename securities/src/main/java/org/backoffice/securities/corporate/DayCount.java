package org.backoffice.securities.corporate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Day-count conventions: how many days an accrual period has and how many make a year, as ISDA
 * 2006 Definitions section 4.16 and the ICMA Rule Book (rule 251) define them.
 */
public enum DayCount {
    /** Actual days / 360 (money market, floating rate notes). */
    ACT_360,
    /** Actual days / 365, whether the year is a leap year or not ("Actual/365 (Fixed)"). */
    ACT_365,
    /**
     * Actual/Actual (ICMA): actual days / (coupon frequency × actual days of the coupon period), so
     * that a full regular period is exactly 1 / frequency of a year (government bonds in euro, US
     * Treasuries). Needs the coupon period and the frequency.
     */
    ACT_ACT_ICMA,
    /**
     * 30/360 bond basis (ISDA 2006, 4.16(f), also called 30/360 US in some systems): months of 30
     * days, years of 360; a start on the 31st counts as the 30th, and an end on the 31st counts as
     * the 30th when the start is the 30th or 31st. The February end-of-month adjustments of the SIA
     * variant are not applied.
     */
    THIRTY_360;

    /**
     * The year fraction from {@code start} to {@code end}.
     *
     * @throws IllegalArgumentException for {@link #ACT_ACT_ICMA}, which needs the coupon period
     */
    public YearFraction yearFraction(LocalDate start, LocalDate end) {
        if (this == ACT_ACT_ICMA) {
            throw new IllegalArgumentException("dayCount: ACT_ACT_ICMA needs the coupon period and the frequency");
        }
        checkOrder(start, end);
        return switch (this) {
            case ACT_360 -> new YearFraction(actualDays(start, end), 360);
            case ACT_365 -> new YearFraction(actualDays(start, end), 365);
            case THIRTY_360 -> new YearFraction(thirty360Days(start, end), 360);
            case ACT_ACT_ICMA -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * The year fraction from {@code start} to {@code end}, within the coupon period from {@code
     * periodStart} to {@code periodEnd} of a bond paying {@code frequency} coupons a year. Only
     * {@link #ACT_ACT_ICMA} uses the period and the frequency; the others check them and ignore them.
     */
    public YearFraction yearFraction(
            LocalDate start, LocalDate end, LocalDate periodStart, LocalDate periodEnd, int frequency) {
        checkOrder(start, end);
        if (periodStart == null) {
            throw new IllegalArgumentException("periodStart: is required");
        }
        if (periodEnd == null) {
            throw new IllegalArgumentException("periodEnd: is required");
        }
        if (!periodEnd.isAfter(periodStart)) {
            throw new IllegalArgumentException(
                    "periodEnd: must be after periodStart " + periodStart + ", was " + periodEnd);
        }
        if (start.isBefore(periodStart) || end.isAfter(periodEnd)) {
            throw new IllegalArgumentException("start: " + start + " to " + end + " must lie within the coupon period "
                    + periodStart + " to " + periodEnd);
        }
        if (frequency <= 0 || 12 % frequency != 0) {
            throw new IllegalArgumentException(
                    "frequency: must be 1, 2, 3, 4, 6 or 12 coupons a year, was " + frequency);
        }
        if (this != ACT_ACT_ICMA) {
            return yearFraction(start, end);
        }
        return new YearFraction(actualDays(start, end), frequency * actualDays(periodStart, periodEnd));
    }

    /** The days the convention counts from {@code start} to {@code end}. */
    public long days(LocalDate start, LocalDate end) {
        checkOrder(start, end);
        return this == THIRTY_360 ? thirty360Days(start, end) : actualDays(start, end);
    }

    private static long actualDays(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end);
    }

    private static long thirty360Days(LocalDate start, LocalDate end) {
        int d1 = start.getDayOfMonth();
        int d2 = end.getDayOfMonth();
        if (d1 == 31) {
            d1 = 30;
        }
        if (d2 == 31 && d1 == 30) {
            d2 = 30;
        }
        return 360L * (end.getYear() - start.getYear())
                + 30L * (end.getMonthValue() - start.getMonthValue())
                + (d2 - d1);
    }

    private static void checkOrder(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new IllegalArgumentException("start: is required");
        }
        if (end == null) {
            throw new IllegalArgumentException("end: is required");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end: must not be before start " + start + ", was " + end);
        }
    }
}
