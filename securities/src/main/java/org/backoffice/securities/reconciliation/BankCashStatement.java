package org.backoffice.securities.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The settlement bank's statement of a cash account (camt.053), as reconciliation reads it: the
 * fields of the message package's cash statement, so a reader's output maps onto it one to one.
 *
 * @param account the firm's cash account at the bank, registered with its branch
 */
public record BankCashStatement(
        String statementRef,
        String account,
        String currency,
        LocalDate date,
        BigDecimal openingBalance,
        BigDecimal closingBalance,
        List<Entry> entries) {
    /** One booked entry; the amount is signed, + a credit to our account. */
    public record Entry(String reference, BigDecimal amount, LocalDate valueDate, String text) {
        public Entry {
            if (reference == null || reference.isBlank()) {
                throw new IllegalArgumentException("entries.reference: must be given");
            }
            if (amount == null || amount.scale() > 2) {
                throw new IllegalArgumentException("entries.amount: must be given, at most 2 decimals");
            }
            if (valueDate == null) {
                throw new IllegalArgumentException("entries.valueDate: must be given");
            }
        }
    }

    public BankCashStatement {
        if (statementRef == null || statementRef.isBlank() || statementRef.length() > 35) {
            throw new IllegalArgumentException("statementRef: must be given, at most 35 characters");
        }
        if (account == null || account.isBlank() || account.length() > 35) {
            throw new IllegalArgumentException("account: must be given, at most 35 characters");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency: must be an ISO 4217 code, was '" + currency + "'");
        }
        if (date == null) {
            throw new IllegalArgumentException("date: must be given");
        }
        if (closingBalance == null || closingBalance.scale() > 2) {
            throw new IllegalArgumentException("closingBalance: must be given, at most 2 decimals");
        }
        if (openingBalance != null && openingBalance.scale() > 2) {
            throw new IllegalArgumentException("openingBalance: at most 2 decimals");
        }
        entries = List.copyOf(entries == null ? List.of() : entries);
    }
}
