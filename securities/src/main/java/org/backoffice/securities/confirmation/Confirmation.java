package org.backoffice.securities.confirmation;

import java.time.Instant;
import java.util.List;

/** One recorded confirmation event of a trade: an affirmation or a matching, by whom and when. */
public record Confirmation(
        long id,
        long tradeId,
        ConfirmationStatus status,
        String counterparty,
        List<FieldDifference> differences,
        String recordedBy,
        Instant recordedAt) {
    public Confirmation {
        differences = List.copyOf(differences);
    }
}
