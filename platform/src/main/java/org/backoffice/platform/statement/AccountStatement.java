package org.backoffice.platform.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.message.FieldChecks;

/**
 * An account statement as a bank sends it (camt.053, MT940, MT950). The balances must add up:
 * opening + credits - debits = closing, else the statement is refused with an {@link
 * IllegalArgumentException} that names it, since a statement that does not add up cannot be
 * reconciled against anything.
 *
 * @param account an IBAN or the bank's own account identification
 * @param openingBalance signed: negative for an overdrawn account
 * @param closingBalance signed
 */
public record AccountStatement(
        String statementId,
        String account,
        String currency,
        LocalDate openingDate,
        BigDecimal openingBalance,
        LocalDate closingDate,
        BigDecimal closingBalance,
        List<StatementEntry> entries) {

    public AccountStatement {
        FieldChecks.text("statementId", statementId, 35);
        FieldChecks.text("account", account, 35);
        FieldChecks.currency("currency", currency);
        FieldChecks.present("openingDate", openingDate);
        FieldChecks.present("openingBalance", openingBalance);
        FieldChecks.present("closingDate", closingDate);
        FieldChecks.present("closingBalance", closingBalance);
        entries = List.copyOf(FieldChecks.present("entries", entries));
        // The fields are not assigned yet inside a compact constructor: sum the parameter.
        BigDecimal credits = sum(entries, StatementEntry.Side.CREDIT);
        BigDecimal debits = sum(entries, StatementEntry.Side.DEBIT);
        BigDecimal expected = openingBalance.add(credits).subtract(debits);
        if (expected.compareTo(closingBalance) != 0) {
            throw new IllegalArgumentException("statement " + statementId + ": opening balance "
                    + openingBalance.toPlainString() + " + credits " + credits.toPlainString() + " - debits "
                    + debits.toPlainString() + " = " + expected.toPlainString() + ", but the closing balance is "
                    + closingBalance.toPlainString());
        }
    }

    public BigDecimal credits() {
        return sum(entries, StatementEntry.Side.CREDIT);
    }

    public BigDecimal debits() {
        return sum(entries, StatementEntry.Side.DEBIT);
    }

    private static BigDecimal sum(List<StatementEntry> entries, StatementEntry.Side side) {
        return entries.stream()
                .filter(entry -> entry.side() == side)
                .map(StatementEntry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
