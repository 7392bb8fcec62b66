package org.backoffice.banking.reconciliation;

/** What became of one statement of a file: imported (and matched), or refused with the rule it broke. */
public sealed interface StatementImport {
    String statementId();

    String account();

    /**
     * @param account the account as the statement names it
     * @param gapWarning why the opening balance does not continue the previous statement, null when it does
     */
    record Imported(String account, ImportedStatement statement, String gapWarning, MatchRun matching)
            implements StatementImport {
        @Override
        public String statementId() {
            return statement.statementId();
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
