package org.backoffice.banking.reconciliation;

import java.util.List;
import org.backoffice.platform.statement.StatementFormat;

/** The statements of one file, each imported or refused, in the file's order. */
public record ImportResult(StatementFormat format, List<StatementImport> statements) {
    public ImportResult {
        statements = List.copyOf(statements);
    }

    public List<StatementImport.Imported> imported() {
        return statements.stream()
                .filter(StatementImport.Imported.class::isInstance)
                .map(StatementImport.Imported.class::cast)
                .toList();
    }

    public List<StatementImport.Refused> refused() {
        return statements.stream()
                .filter(StatementImport.Refused.class::isInstance)
                .map(StatementImport.Refused.class::cast)
                .toList();
    }
}
