package org.backoffice.securities.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.ledger.Asset;
import org.backoffice.securities.corporate.CouponSchedule;
import org.backoffice.securities.corporate.DayCount;

/**
 * A bond's coupon terms: the annual rate in percent of the nominal, how many coupons a year, the
 * first coupon date, maturity and the day count that accrues interest between coupons.
 */
public record Coupon(
        BigDecimal ratePercent, int frequencyPerYear, LocalDate firstCoupon, LocalDate maturity, DayCount dayCount) {
    public Coupon {
        if (ratePercent == null || ratePercent.signum() < 0 || ratePercent.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalArgumentException("couponRate: must be within 0..100 percent");
        }
        if (frequencyPerYear != 1 && frequencyPerYear != 2 && frequencyPerYear != 4 && frequencyPerYear != 12) {
            throw new IllegalArgumentException(
                    "couponFrequency: must be 1, 2, 4 or 12 a year, was " + frequencyPerYear);
        }
        if (firstCoupon == null) {
            throw new IllegalArgumentException("firstCoupon: must be given");
        }
        if (maturity == null || !maturity.isAfter(firstCoupon)) {
            throw new IllegalArgumentException("maturity: must be given, after the first coupon");
        }
        if (dayCount == null) {
            throw new IllegalArgumentException("dayCount: must be given");
        }
    }

    /** The coupon dates and accrual of the bond, with amounts rounded to the currency's scale. */
    public CouponSchedule schedule(Asset currency) {
        return new CouponSchedule(firstCoupon, maturity, frequencyPerYear, ratePercent, dayCount, currency);
    }
}
