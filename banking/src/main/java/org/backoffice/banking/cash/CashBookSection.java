package org.backoffice.banking.cash;

import java.util.List;

/**
 * A desk's cash in one currency over one day, in minor units: opening plus received less paid out is
 * closing, and opening and closing are the ledger's balances by value date.
 */
public record CashBookSection(
        String currency,
        int scale,
        String account,
        long opening,
        List<CashBookLine> lines,
        long received,
        long paidOut,
        long closing) {
    public CashBookSection {
        lines = List.copyOf(lines);
    }

    /** Whether the lines account for the change between the opening and closing balances. */
    public boolean ties() {
        return opening + received - paidOut == closing;
    }
}
