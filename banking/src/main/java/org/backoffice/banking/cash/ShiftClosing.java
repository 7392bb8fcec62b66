package org.backoffice.banking.cash;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.document.DocumentBody;

/**
 * A cashier's close of a shift: the count by denomination, and per currency the book balance, the
 * difference and what goes back to the vault.
 */
public record ShiftClosing(
        long shiftId,
        String desk,
        List<PieceCount> counts,
        List<CloseLine> lines,
        boolean returnToVault,
        LocalDate valueDate)
        implements DocumentBody {
    public ShiftClosing {
        counts = counts == null ? List.of() : List.copyOf(counts);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
