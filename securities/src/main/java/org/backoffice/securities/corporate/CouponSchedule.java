package org.backoffice.securities.corporate;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A bond's coupon dates and the interest accrued between them (placeholder until the maths lands). */
public record CouponSchedule(
        LocalDate firstCouponDate,
        LocalDate maturity,
        int frequencyPerYear,
        BigDecimal ratePercent,
        DayCount dayCount) {
    public BigDecimal accruedInterest(long quantity, BigDecimal nominal, LocalDate settlementDate) {
        throw new UnsupportedOperationException("not yet");
    }
}
