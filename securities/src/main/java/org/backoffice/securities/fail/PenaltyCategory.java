package org.backoffice.securities.fail;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The type of a settlement fail, as the annex to Commission Delegated Regulation (EU) 2017/389
 * lists them, with the annex's daily rate in basis points of the value of the failing instruction.
 *
 * <p>Rates checked against the annex's text ("Penalty rates applicable to settlement fails",
 * points 1 to 8), which Delegated Regulation (EU) 2021/70 did not change (it postponed the date of
 * application of the settlement discipline rules to 1 February 2022). Later amendments to the
 * rates are entered as new {@link PenaltyRate}s with their own {@code validFrom}.
 */
public enum PenaltyCategory {
    /** Point 1: shares that have a liquid market (MiFIR art. 2(1)(17)(b)), other than SME growth market shares. */
    SHARES_LIQUID("1.0"),
    /** Point 2: shares that do not have a liquid market, other than SME growth market shares. */
    SHARES_ILLIQUID("0.5"),
    /** Point 3: financial instruments traded on SME growth markets, other than debt instruments. */
    SME_GROWTH_MARKET("0.25"),
    /**
     * Point 4: debt issued or guaranteed by a sovereign issuer (EU or third country), a local
     * government authority, a central bank, a multilateral development bank, the EFSF or the ESM.
     */
    SOVEREIGN_DEBT("0.10"),
    /** Point 5: other debt instruments, corporate bonds among them. */
    OTHER_DEBT("0.20"),
    /** Point 6: debt instruments traded on SME growth markets. */
    SME_DEBT("0.15"),
    /** Point 7: all other financial instruments (ETFs, fund units, emission allowances, ...). */
    OTHER("0.5"),
    /**
     * Point 8: a fail for lack of cash. The rate is the official interest rate for overnight credit
     * charged by the central bank issuing the settlement currency, floored at zero; it changes with
     * monetary policy, so it has no default and the user enters it (see {@link
     * PenaltyRate#lackOfCash}).
     */
    LACK_OF_CASH(null);

    private final BigDecimal annexDailyRateBasisPoints;

    PenaltyCategory(String annexDailyRateBasisPoints) {
        this.annexDailyRateBasisPoints =
                annexDailyRateBasisPoints == null ? null : new BigDecimal(annexDailyRateBasisPoints);
    }

    /** The annex's fixed daily rate in basis points; empty for {@link #LACK_OF_CASH}. */
    public Optional<BigDecimal> annexDailyRateBasisPoints() {
        return Optional.ofNullable(annexDailyRateBasisPoints);
    }

    /** Whether the fail is for lack of securities (every category but {@link #LACK_OF_CASH}). */
    public boolean lackOfSecurities() {
        return this != LACK_OF_CASH;
    }
}
