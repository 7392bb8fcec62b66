package org.backoffice.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An account statement to print: header lines the caller chooses (the bank's name and address, the
 * account holder, the account number), the period, the opening balance, one line per movement
 * with the running balance, and the closing balance. Amounts are decimals in the currency's units.
 */
public record AccountStatement(
        List<String> header, String currency, Period period, BigDecimal opening, List<Line> lines, BigDecimal closing) {

    /** One movement: exactly one of debit and credit is given. */
    public record Line(
            LocalDate date,
            String reference,
            String description,
            BigDecimal debit,
            BigDecimal credit,
            BigDecimal balance) {
        public Line {
            if (date == null || balance == null) {
                throw new IllegalArgumentException("date, balance: must be given");
            }
            if ((debit == null) == (credit == null)) {
                throw new IllegalArgumentException("debit, credit: exactly one must be given");
            }
            reference = reference == null ? "" : reference;
            description = description == null ? "" : description;
        }
    }

    public AccountStatement {
        if (currency == null || currency.isBlank() || period == null || opening == null || closing == null) {
            throw new IllegalArgumentException("currency, period, opening, closing: must be given");
        }
        header = List.copyOf(header);
        lines = List.copyOf(lines);
    }

    public BigDecimal totalDebits() {
        return lines.stream().map(Line::debit).filter(d -> d != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalCredits() {
        return lines.stream().map(Line::credit).filter(c -> c != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
