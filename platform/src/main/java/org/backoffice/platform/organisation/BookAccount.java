package org.backoffice.platform.organisation;

import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.BalanceLimit;

/**
 * A ledger account as the organisation knows it: a number, a branch and a place in the chart.
 * Numbers read {@code BRANCH-CHART-ASSET[-SUFFIX]}, e.g. {@code HO-1010-USD}.
 */
public record BookAccount(
        String number,
        AccountId ledgerId,
        String branch,
        String chartCode,
        String asset,
        String name,
        BalanceLimit limit) {}
