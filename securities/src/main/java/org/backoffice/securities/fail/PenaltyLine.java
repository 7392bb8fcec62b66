package org.backoffice.securities.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The penalty of one business day of fail.
 *
 * @param day the business day
 * @param basis the value the rate applies to: quantity × that day's reference price, or the cash
 *     amount of an instruction with no securities leg; unrounded
 * @param dailyRateBasisPoints the rate in force that day
 * @param penalty basis × rate, rounded half-even to the currency's scale
 */
public record PenaltyLine(LocalDate day, BigDecimal basis, BigDecimal dailyRateBasisPoints, BigDecimal penalty) {
    public PenaltyLine {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(dailyRateBasisPoints, "dailyRateBasisPoints");
        Objects.requireNonNull(penalty, "penalty");
    }
}
