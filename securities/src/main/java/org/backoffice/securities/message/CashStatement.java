package org.backoffice.securities.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.securities.message.internal.Checks;

/**
 * A cash account statement (camt.053) for reconciling the cash legs of settlement: the balances
 * are signed (negative is a debit balance) and must add up: opening plus the entries is closing.
 *
 * @param date the statement (closing balance) date
 */
public record CashStatement(
        String account,
        String currency,
        LocalDate date,
        BigDecimal openingBalance,
        BigDecimal closingBalance,
        List<CashEntry> entries) {
    public CashStatement {
        Checks.text("account", account, 34);
        Checks.currency("currency", currency);
        Checks.present("date", date);
        openingBalance = Checks.normal(Checks.present("openingBalance", openingBalance));
        closingBalance = Checks.normal(Checks.present("closingBalance", closingBalance));
        entries = List.copyOf(Checks.present("entries", entries));
        BigDecimal sum = openingBalance;
        for (CashEntry entry : entries) {
            sum = sum.add(entry.amount());
        }
        if (sum.compareTo(closingBalance) != 0) {
            throw new IllegalArgumentException("closingBalance: must be the opening balance plus the entries, "
                    + sum.toPlainString() + ", was " + closingBalance.toPlainString());
        }
    }
}
