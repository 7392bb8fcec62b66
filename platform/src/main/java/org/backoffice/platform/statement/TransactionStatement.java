package org.backoffice.platform.statement;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.message.FieldChecks;

/**
 * A statement of settled transactions over a period (MT536) or of pending transactions at a date
 * (MT537, {@code pending}: then {@code from} and {@code to} are both the statement date).
 */
public record TransactionStatement(
        String statementReference,
        String safekeepingAccount,
        LocalDate from,
        LocalDate to,
        boolean pending,
        List<StatementTransaction> transactions) {
    public TransactionStatement {
        FieldChecks.reference("statementReference", statementReference);
        FieldChecks.account("safekeepingAccount", safekeepingAccount);
        FieldChecks.present("from", from);
        FieldChecks.present("to", to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: must not be before from " + from + ", was " + to);
        }
        if (pending && !from.equals(to)) {
            throw new IllegalArgumentException("to: a statement of pending transactions is at one date, from " + from
                    + " and to " + to + " differ");
        }
        transactions = List.copyOf(FieldChecks.present("transactions", transactions));
        for (StatementTransaction transaction : transactions) {
            if (!pending && transaction.status() != null) {
                throw new IllegalArgumentException("transactions: a settled transaction has no status, "
                        + transaction.reference() + " has " + transaction.status());
            }
        }
    }
}
