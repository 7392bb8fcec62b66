package org.backoffice.securities.confirmation;

import java.util.List;
import org.backoffice.platform.document.FieldError;

/**
 * What became of one row of a CSV of counterparty confirmations: matched or mismatched (with the
 * differences), or refused with the errors that kept it from being matched at all.
 */
public record ImportRow(
        int row, String tradeRef, Kind kind, List<FieldDifference> differences, List<FieldError> errors) {
    public enum Kind {
        MATCHED,
        MISMATCHED,
        REFUSED
    }

    public ImportRow {
        differences = List.copyOf(differences);
        errors = List.copyOf(errors);
    }
}
