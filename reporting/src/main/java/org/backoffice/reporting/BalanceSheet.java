package org.backoffice.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The balance sheet as of a value date, one per currency (no translation between them): assets,
 * liabilities and equity by chart line, and the result of the year so far (income less expense not
 * yet closed to equity).
 *
 * @param branch the one branch asked for, or null for all the reader's branches
 */
public record BalanceSheet(LocalDate asOf, String branch, List<Currency> currencies) {
    public BalanceSheet {
        currencies = List.copyOf(currencies);
    }

    public Optional<Currency> currency(String code) {
        return currencies.stream().filter(c -> c.currency().equals(code)).findFirst();
    }

    /** The balance sheet in one currency; amounts in its smallest unit. */
    public record Currency(
            String currency,
            List<StatementLine> assets,
            List<StatementLine> liabilities,
            List<StatementLine> equity,
            long result) {
        public Currency {
            assets = List.copyOf(assets);
            liabilities = List.copyOf(liabilities);
            equity = List.copyOf(equity);
        }

        public long totalAssets() {
            return sum(assets);
        }

        public long totalLiabilities() {
            return sum(liabilities);
        }

        public long totalEquity() {
            return sum(equity);
        }

        /** Liabilities, equity and the result: what must equal the assets. */
        public long totalLiabilitiesAndEquity() {
            return Math.addExact(Math.addExact(totalLiabilities(), totalEquity()), result);
        }

        /** Assets less liabilities, equity and result: zero over the whole ledger. */
        public long difference() {
            return Math.subtractExact(totalAssets(), totalLiabilitiesAndEquity());
        }

        public boolean balanced() {
            return difference() == 0;
        }
    }

    static long sum(List<StatementLine> lines) {
        long total = 0;
        for (StatementLine line : lines) {
            total = Math.addExact(total, line.amount());
        }
        return total;
    }
}
