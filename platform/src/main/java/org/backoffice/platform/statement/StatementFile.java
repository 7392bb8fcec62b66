package org.backoffice.platform.statement;

import java.util.List;

/** What one statement file holds, as {@link StatementReader} read it. */
public sealed interface StatementFile {
    StatementFormat format();

    /** Account statements (camt.053, MT940, MT950): one file may hold several accounts' statements. */
    record Cash(StatementFormat format, List<AccountStatement> statements) implements StatementFile {
        public Cash {
            statements = List.copyOf(statements);
        }
    }

    /** A statement of holdings (MT535). */
    record Holdings(HoldingsStatement statement) implements StatementFile {
        @Override
        public StatementFormat format() {
            return StatementFormat.MT535;
        }
    }

    /** A statement of settled (MT536) or pending (MT537) transactions. */
    record Transactions(TransactionStatement statement) implements StatementFile {
        @Override
        public StatementFormat format() {
            return statement.pending() ? StatementFormat.MT537 : StatementFormat.MT536;
        }
    }
}
