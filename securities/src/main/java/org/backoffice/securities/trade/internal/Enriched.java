package org.backoffice.securities.trade.internal;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.document.FieldError;

/** What enrichment found and computed for a trade, and every rule it breaks. */
public record Enriched(
        String branch,
        String market,
        LocalDate settlementDate,
        Long ssiId,
        long grossAmount,
        long accruedInterest,
        long fees,
        long settlementAmount,
        List<FieldError> errors) {
    public Enriched {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
