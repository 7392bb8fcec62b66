package org.backoffice.banking.eod;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.document.DocumentBody;
import org.backoffice.platform.journal.JournalLine;

/**
 * A controller's correction valued on a business day that is already closed: journal lines in one
 * asset, as a journal voucher has, and the value date they post with.
 */
public record BackValueAdjustment(String asset, LocalDate valueDate, String narrative, List<JournalLine> lines)
        implements DocumentBody {
    public BackValueAdjustment {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
