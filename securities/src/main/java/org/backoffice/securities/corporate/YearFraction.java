package org.backoffice.securities.corporate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A year fraction kept exact as a ratio of whole numbers (days over days in a year or a period),
 * so that an amount × fraction is divided, and rounded, only once.
 *
 * @param numerator not negative
 * @param denominator positive
 */
public record YearFraction(long numerator, long denominator) {
    public YearFraction {
        if (numerator < 0) {
            throw new IllegalArgumentException("numerator: must not be negative, was " + numerator);
        }
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator: must be positive, was " + denominator);
        }
    }

    /** {@code amount × this}, rounded half-even to {@code scale} decimals. */
    public BigDecimal times(BigDecimal amount, int scale) {
        return amount.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_EVEN);
    }

    /** The fraction as a decimal, rounded half-even to {@code scale} decimals. */
    public BigDecimal toDecimal(int scale) {
        return times(BigDecimal.ONE, scale);
    }
}
