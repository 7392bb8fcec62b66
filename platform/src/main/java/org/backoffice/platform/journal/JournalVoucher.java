package org.backoffice.platform.journal;

import java.util.List;
import org.backoffice.platform.document.DocumentBody;

/** The accountant's manual entry: N lines in one asset whose debits equal their credits. */
public record JournalVoucher(String asset, String narrative, List<JournalLine> lines) implements DocumentBody {
    public JournalVoucher {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public long debits() {
        return total(org.backoffice.ledger.Side.DEBIT);
    }

    public long credits() {
        return total(org.backoffice.ledger.Side.CREDIT);
    }

    private long total(org.backoffice.ledger.Side side) {
        long sum = 0;
        for (JournalLine line : lines) {
            if (line.side() == side) {
                sum = Math.addExact(sum, line.amount());
            }
        }
        return sum;
    }
}
