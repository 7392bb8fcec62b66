package org.backoffice.securities.reconciliation;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.Holding;
import org.backoffice.platform.statement.HoldingsStatement;
import org.backoffice.securities.reconciliation.internal.BookFigures;
import org.backoffice.securities.reconciliation.internal.Found;
import org.backoffice.securities.reconciliation.internal.Scope;
import org.backoffice.securities.reconciliation.internal.Units;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;

/**
 * The MT535 positions check: the depository's statement of holdings against our positions per ISIN
 * as of the statement date. A depo account's statement is compared with that account's positions;
 * the firm's omnibus account's with its branch's line 1110, the sum of the client positions held
 * there. Every instrument we know is compared, so a position the statement leaves out is a break.
 */
public final class HoldingsReconciliation {
    private final FirmAccounts accounts;
    private final Instruments instruments;
    private final BookFigures books;
    private final SecuritiesBreaks breaks;

    public HoldingsReconciliation(
            FirmAccounts accounts, Instruments instruments, BookFigures books, SecuritiesBreaks breaks) {
        this.accounts = accounts;
        this.instruments = instruments;
        this.books = books;
        this.breaks = breaks;
    }

    public ReconciliationResult positions(Actor actor, HoldingsStatement statement) {
        Scope scope = accounts.scope(actor, statement.safekeepingAccount(), "safekeepingAccount");
        Map<String, Long> theirs = new TreeMap<>();
        for (Holding holding : statement.holdings()) {
            theirs.merge(holding.isin(), units(holding), Math::addExact);
        }
        Set<String> isins = new LinkedHashSet<>(theirs.keySet());
        for (Instrument instrument : instruments.list()) {
            isins.add(instrument.isin());
        }
        List<Found> found = new ArrayList<>();
        for (String isin : isins) {
            long ours = books.balanceAsOf(scope.positionNumber(isin), statement.asOf());
            long their = theirs.getOrDefault(isin, 0L);
            if (ours != their) {
                found.add(new Found(BreakKind.POSITION, isin, "position", ours, their));
            }
        }
        return breaks.store(actor, scope, statement.statementReference(), isins.size(), found);
    }

    private long units(Holding holding) {
        if (!holding.nominal()) {
            return Units.whole(holding.quantity(), "holdings.quantity");
        }
        // A face amount counts in units of the instrument's nominal, as the ledger holds bonds.
        Instrument instrument = instruments
                .find(holding.isin())
                .orElseThrow(() -> InvalidDocumentException.of(
                        "holdings.isin", "a face amount of an unknown instrument: " + holding.isin()));
        return Units.whole(
                holding.quantity().divide(instrument.nominal(), 8, RoundingMode.UNNECESSARY), "holdings.quantity");
    }
}
