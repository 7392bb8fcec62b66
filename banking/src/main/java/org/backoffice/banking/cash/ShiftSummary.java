package org.backoffice.banking.cash;

import java.util.List;

/** A shift in the cash book, and when closed its count by denomination and the differences per currency. */
public record ShiftSummary(Shift shift, String closeNumber, List<PieceCount> counts, List<CloseLine> lines) {
    public ShiftSummary {
        counts = List.copyOf(counts);
        lines = List.copyOf(lines);
    }
}
