package org.backoffice.securities.fail;

import java.time.LocalDate;
import org.backoffice.securities.trade.Side;

/**
 * A trade past its intended settlement date and not settled, as the fails report shows it.
 *
 * @param value the settlement amount in minor units of the currency
 * @param daysFailing business days of the market from the intended settlement date to the day of
 *     the report, that day excluded
 * @param accruedPenalty the penalties recorded for the trade up to the day of the report, minor units
 */
public record FailLine(
        long tradeId,
        String tradeRef,
        String branch,
        String counterparty,
        String isin,
        Side side,
        long quantity,
        long value,
        String currency,
        LocalDate intendedSettlementDate,
        int daysFailing,
        PenaltyCategory category,
        long accruedPenalty) {}
