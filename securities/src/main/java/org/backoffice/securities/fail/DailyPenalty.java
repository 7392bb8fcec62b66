package org.backoffice.securities.fail;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One business day's penalty of a failing trade, as recorded.
 *
 * @param dailyRateBasisPoints the rate in force that day
 * @param baseValue the value the rate applies to, in minor units: quantity × reference price, or
 *     the cash amount for a fail for lack of cash
 * @param amount the penalty in minor units, rounded half-even
 */
public record DailyPenalty(
        long tradeId,
        LocalDate day,
        PenaltyCategory category,
        BigDecimal dailyRateBasisPoints,
        long baseValue,
        long amount,
        String currency) {}
