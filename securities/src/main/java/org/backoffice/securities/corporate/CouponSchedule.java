package org.backoffice.securities.corporate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetKind;

/**
 * The coupon dates of a fixed-rate bond and the interest accrued between them.
 *
 * <p>The schedule is regular: coupons fall every {@code 12 / frequencyPerYear} months from {@code
 * firstCouponDate} to {@code maturity}, which must be on that cycle. When the first coupon date is
 * the last day of its month, every coupon date is the last day of its month (the end-of-month
 * rule: 30 June, 31 December). Interest before the first coupon accrues from one regular period
 * before it; a bond with an irregular (short or long) first or last period is not modelled, nor
 * are ex-coupon periods with negative accrued interest. Coupon dates are not moved to business
 * days: accrual runs to the unadjusted dates, as bond markets usually do.
 *
 * @param firstCouponDate the first coupon date
 * @param maturity the last coupon date, when the principal is repaid
 * @param frequencyPerYear coupons a year: 1, 2, 3, 4, 6 or 12
 * @param ratePercent the yearly coupon rate in percent: 5 for 5 %
 * @param dayCount how interest accrues between coupon dates
 * @param currency the currency of the coupons; amounts are rounded half-even to its scale
 */
public record CouponSchedule(
        LocalDate firstCouponDate,
        LocalDate maturity,
        int frequencyPerYear,
        BigDecimal ratePercent,
        DayCount dayCount,
        Asset currency) {
    private static final int MAX_COUPONS = 1200;

    public CouponSchedule {
        if (firstCouponDate == null) {
            throw new IllegalArgumentException("firstCouponDate: is required");
        }
        if (maturity == null) {
            throw new IllegalArgumentException("maturity: is required");
        }
        if (!maturity.isAfter(firstCouponDate)) {
            throw new IllegalArgumentException(
                    "maturity: must be after the first coupon date " + firstCouponDate + ", was " + maturity);
        }
        if (frequencyPerYear <= 0 || 12 % frequencyPerYear != 0) {
            throw new IllegalArgumentException(
                    "frequencyPerYear: must be 1, 2, 3, 4, 6 or 12, was " + frequencyPerYear);
        }
        if (ratePercent == null) {
            throw new IllegalArgumentException("ratePercent: is required");
        }
        if (ratePercent.signum() < 0) {
            throw new IllegalArgumentException("ratePercent: must not be negative, was " + ratePercent.toPlainString());
        }
        if (dayCount == null) {
            throw new IllegalArgumentException("dayCount: is required");
        }
        if (currency == null) {
            throw new IllegalArgumentException("currency: is required");
        }
        if (currency.kind() != AssetKind.CURRENCY) {
            throw new IllegalArgumentException(
                    "currency: must be a currency, was " + currency.kind() + " " + currency.code());
        }
        int k = 0;
        LocalDate date = firstCouponDate;
        while (date.isBefore(maturity) && k < MAX_COUPONS) {
            date = couponDate(firstCouponDate, frequencyPerYear, ++k);
        }
        if (!date.equals(maturity)) {
            throw new IllegalArgumentException("maturity: " + maturity + " is not on the coupon cycle of "
                    + firstCouponDate + " every " + 12 / frequencyPerYear + " months");
        }
    }

    /** Every coupon date, the first coupon date to the maturity. */
    public List<LocalDate> couponDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate date = couponDate(k);
            dates.add(date);
            if (date.equals(maturity)) {
                return List.copyOf(dates);
            }
        }
    }

    /** Where interest starts to accrue: one regular period before the first coupon date. */
    public LocalDate accrualStart() {
        return couponDate(-1);
    }

    /**
     * The coupon date on or before {@code date} that starts its coupon period ({@link
     * #accrualStart()} before the first coupon).
     *
     * @throws IllegalArgumentException if {@code date} is before the accrual start or on or after maturity
     */
    public LocalDate previousCoupon(LocalDate date) {
        return couponDate(periodIndex("date", date));
    }

    /**
     * The first coupon date after {@code date}.
     *
     * @throws IllegalArgumentException if {@code date} is before the accrual start or on or after maturity
     */
    public LocalDate nextCoupon(LocalDate date) {
        return couponDate(periodIndex("date", date) + 1);
    }

    /**
     * The interest accrued on {@code quantity} bonds of {@code nominal} each from the previous
     * coupon date to {@code settlementDate}, which is what a buyer pays the seller on top of the
     * clean price: quantity × nominal × rate / 100 × year fraction, rounded half-even to the
     * currency's scale. Zero on a coupon date.
     */
    public BigDecimal accruedInterest(long quantity, BigDecimal nominal, LocalDate settlementDate) {
        Entitlements.checkCoupon(quantity, nominal, ratePercent, dayCount);
        int period = periodIndex("settlementDate", settlementDate);
        LocalDate start = couponDate(period);
        LocalDate end = couponDate(period + 1);
        YearFraction fraction = dayCount.yearFraction(start, settlementDate, start, end, frequencyPerYear);
        return Entitlements.in(currency).amount(quantity, nominal, ratePercent, fraction);
    }

    /** The k-th coupon date, k = 0 being the first; k = −1 is the accrual start. */
    private LocalDate couponDate(int k) {
        return couponDate(firstCouponDate, frequencyPerYear, k);
    }

    private static LocalDate couponDate(LocalDate first, int frequency, int k) {
        LocalDate date = first.plusMonths((long) k * (12 / frequency));
        boolean endOfMonth = first.getDayOfMonth() == YearMonth.from(first).lengthOfMonth();
        return endOfMonth ? YearMonth.from(date).atEndOfMonth() : date;
    }

    /** The index k of the coupon period [couponDate(k), couponDate(k + 1)) holding {@code date}. */
    private int periodIndex(String field, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
        if (!date.isBefore(maturity)) {
            throw new IllegalArgumentException(field + ": must be before maturity " + maturity + ", was " + date);
        }
        if (date.isBefore(accrualStart())) {
            throw new IllegalArgumentException(field + ": must not be before the first coupon period, which starts on "
                    + accrualStart() + ", was " + date);
        }
        int k = -1;
        while (!couponDate(k + 1).isAfter(date)) {
            k++;
        }
        return k;
    }
}
