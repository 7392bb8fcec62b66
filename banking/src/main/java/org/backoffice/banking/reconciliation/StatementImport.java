package org.backoffice.banking.reconciliation;

/** What became of one statement of a file: imported (and matched), or refused with the rule it broke. */
public sealed interface StatementImport {
    String statementId();

    String account();

    /**
     * @param gapWarning why the opening balance does not continue the previous statement, null when it does
     */
    record Imported(ImportedStatement statement, String gapWarning, MatchRun matching) implements StatementImport {
        @Override
        public String statementId() {
            return statement.statementId();
        }

        @Override
        public String account() {
            return statement.nostro();
        }
    }

    /** @param field the rule's field: {@code account}, {@code statementId}, {@code currency}, {@code amount} */
    record Refused(String statementId, String account, String field, String message) implements StatementImport {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
