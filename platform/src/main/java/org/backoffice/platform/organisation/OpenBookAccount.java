package org.backoffice.platform.organisation;

import org.backoffice.ledger.BalanceLimit;

/** A request to open a book account; the number is made from branch, chart code, asset and suffix. */
public record OpenBookAccount(
        String branch, String chartCode, String asset, String suffix, String name, BalanceLimit limit) {
    public OpenBookAccount {
        Codes.code("branch", branch, 16);
        Codes.code("chartCode", chartCode, 16);
        Codes.code("asset", asset, 32);
        if (suffix != null) {
            Codes.code("suffix", suffix, 12);
        }
        name = Codes.name("name", name);
        if (limit == null) {
            throw new IllegalArgumentException("limit: must be given");
        }
    }

    public String number() {
        return branch + "-" + chartCode + "-" + asset + (suffix == null ? "" : "-" + suffix);
    }
}
