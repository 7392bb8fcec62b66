package org.backoffice.reporting;

import java.util.List;
import java.util.Optional;

/**
 * The income statement for a period of value dates, one per currency: income and expense by chart
 * line, each what moved within the period, and the result.
 *
 * @param branch the one branch asked for, or null for all the reader's branches
 */
public record IncomeStatement(Period period, String branch, List<Currency> currencies) {
    public IncomeStatement {
        currencies = List.copyOf(currencies);
    }

    public Optional<Currency> currency(String code) {
        return currencies.stream().filter(c -> c.currency().equals(code)).findFirst();
    }

    /** The statement in one currency; amounts in its smallest unit. */
    public record Currency(String currency, List<StatementLine> income, List<StatementLine> expenses) {
        public Currency {
            income = List.copyOf(income);
            expenses = List.copyOf(expenses);
        }

        public long totalIncome() {
            return BalanceSheet.sum(income);
        }

        public long totalExpenses() {
            return BalanceSheet.sum(expenses);
        }

        /** Income less expense: a profit when positive, a loss when negative. */
        public long result() {
            return Math.subtractExact(totalIncome(), totalExpenses());
        }
    }
}
