package org.backoffice.ledger;

import java.util.List;
import java.util.Optional;

/**
 * A page of an account statement.
 *
 * @param openingBalance the posted balance before the first line of this page
 * @param next where the following page starts, if there is one
 */
public record StatementPage(
        AccountId account, long openingBalance, List<StatementLine> lines, Optional<StatementCursor> next) {
    public StatementPage {
        lines = List.copyOf(lines);
    }

    /** The posted balance after the last line of this page. */
    public long closingBalance() {
        return lines.isEmpty() ? openingBalance : lines.get(lines.size() - 1).balanceAfter();
    }
}
