package org.backoffice.securities.fail;

/** The kind of failing instruction, which sets the daily CSDR penalty rate. */
public enum PenaltyCategory {
    SHARES_LIQUID,
    SHARES_ILLIQUID,
    SME_GROWTH_MARKET,
    SOVEREIGN_DEBT,
    CORPORATE_BONDS,
    SME_DEBT,
    OTHER,
    LACK_OF_CASH
}
