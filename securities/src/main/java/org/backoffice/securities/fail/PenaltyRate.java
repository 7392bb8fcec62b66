package org.backoffice.securities.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A daily penalty rate for one type of fail, valid from a date until the next rate of the same
 * category.
 *
 * @param category the type of fail
 * @param dailyRateBasisPoints the rate per business day of fail, in basis points (1 bp = 0.01 %)
 *     of the value of the failing instruction; not negative
 * @param validFrom the first day the rate applies
 */
public record PenaltyRate(PenaltyCategory category, BigDecimal dailyRateBasisPoints, LocalDate validFrom) {
    /** Decimal places kept when a yearly cash rate is turned into a daily rate in basis points. */
    public static final int DAILY_CASH_RATE_SCALE = 20;

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    public PenaltyRate {
        if (category == null) {
            throw new IllegalArgumentException("category: is required");
        }
        if (dailyRateBasisPoints == null) {
            throw new IllegalArgumentException("dailyRateBasisPoints: is required");
        }
        if (dailyRateBasisPoints.signum() < 0) {
            throw new IllegalArgumentException(
                    "dailyRateBasisPoints: must not be negative, was " + dailyRateBasisPoints.toPlainString());
        }
        if (validFrom == null) {
            throw new IllegalArgumentException("validFrom: is required");
        }
    }

    /**
     * The lack-of-cash rate from the central bank's official overnight credit rate, a yearly rate in
     * percent (for the euro, the ECB's marginal lending facility rate). The annex floors it at zero;
     * it is turned into a daily rate on an actual/365 basis, as CSDs do ({@code 4.50 %} a year is
     * {@code 450 / 365} bp a day), kept to {@link #DAILY_CASH_RATE_SCALE} decimals.
     */
    public static PenaltyRate lackOfCash(BigDecimal annualRatePercent, LocalDate validFrom) {
        if (annualRatePercent == null) {
            throw new IllegalArgumentException("annualRatePercent: is required");
        }
        BigDecimal floored = annualRatePercent.max(BigDecimal.ZERO);
        BigDecimal daily =
                floored.movePointRight(2).divide(DAYS_PER_YEAR, DAILY_CASH_RATE_SCALE, RoundingMode.HALF_EVEN);
        return new PenaltyRate(PenaltyCategory.LACK_OF_CASH, daily, validFrom);
    }
}
