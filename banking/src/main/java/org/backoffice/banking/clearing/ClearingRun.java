package org.backoffice.banking.clearing;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.document.DocumentBody;

/**
 * The close of a clearing cycle: the positions it settles, as they stood when the cycle was cut.
 * Approved, it posts this bank's side against the settlement account and closes the cycle.
 *
 * @param positions every participant's position per currency; this bank's lines are what it posts
 */
public record ClearingRun(long cycleId, int cycleNumber, LocalDate settlementDate, List<NetPosition> positions)
        implements DocumentBody {
    public ClearingRun {
        positions = positions == null ? List.of() : List.copyOf(positions);
    }

    /** The lines of one participant. */
    public List<NetPosition> of(String participantBic) {
        return positions.stream()
                .filter(p -> p.participantBic().equals(participantBic))
                .toList();
    }
}
