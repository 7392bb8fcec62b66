package org.backoffice.securities.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.StatementLine;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.StatementEntry;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.reconciliation.internal.BookFigures;
import org.backoffice.securities.reconciliation.internal.Found;
import org.backoffice.securities.reconciliation.internal.Scope;
import org.backoffice.securities.reconciliation.internal.Units;
import org.backoffice.securities.trade.TradeBook;

/**
 * The camt.053 cash check: the settlement bank's statement of the firm's account against the
 * branch's line 1025 in the statement's currency: the closing balance as of the statement's closing
 * date, and each entry by reference (ours, or the trade's an instruction names) against the
 * movements of that account on the entry's value date. A movement of the closing date the statement
 * does not list is a break too. Amounts count in the currency's minor units.
 */
public final class CashReconciliation {
    private final Platform platform;
    private final FirmAccounts accounts;
    private final TradeBook trades;
    private final TradeReferences references;
    private final BookFigures books;
    private final SecuritiesBreaks breaks;

    public CashReconciliation(
            Platform platform,
            FirmAccounts accounts,
            TradeBook trades,
            TradeReferences references,
            BookFigures books,
            SecuritiesBreaks breaks) {
        this.platform = platform;
        this.accounts = accounts;
        this.trades = trades;
        this.references = references;
        this.books = books;
        this.breaks = breaks;
    }

    public ReconciliationResult cash(Actor actor, AccountStatement statement) {
        if (statement == null) {
            throw InvalidDocumentException.of("statement", "must be given");
        }
        Scope scope = accounts.scope(actor, statement.account(), "account");
        if (scope.depo() != null) {
            throw InvalidDocumentException.of(
                    "account", "must be the firm's account at the settlement bank, not a depo account");
        }
        Asset currency = platform.accounts()
                .asset(statement.currency())
                .orElseThrow(() ->
                        InvalidDocumentException.of("currency", "is no asset of the books: " + statement.currency()));
        String number = Books.branchRequest(scope.branch(), Books.SETTLEMENT_CASH, statement.currency())
                .number();
        LocalDate date = statement.closingDate();
        List<Found> found = new ArrayList<>();
        long ours = books.balanceAsOf(number, date);
        long their = Units.minor(statement.closingBalance(), currency, "closingBalance");
        if (ours != their) {
            found.add(new Found(BreakKind.CASH, statement.currency(), "closing balance", ours, their));
        }
        LocalDate earliest = statement.entries().stream()
                .map(StatementEntry::valueDate)
                .reduce(date, (a, b) -> a.isBefore(b) ? a : b);
        List<StatementLine> movements = books.movements(number, earliest, date);
        Set<Integer> used = new HashSet<>();
        for (StatementEntry entry : statement.entries()) {
            long amount = Units.minor(entry.signedAmount(), currency, "entries.amount");
            String reference = reference(entry);
            int hit = find(movements, used, names(reference), entry.valueDate());
            if (hit < 0) {
                found.add(new Found(BreakKind.CASH, reference, "entry missing on our side", 0, amount));
                continue;
            }
            used.add(hit);
            long signed = signed(movements.get(hit));
            if (signed != amount) {
                found.add(new Found(BreakKind.CASH, reference, "entry amount", signed, amount));
            }
        }
        for (int i = 0; i < movements.size(); i++) {
            StatementLine line = movements.get(i);
            if (!used.contains(i) && line.valueDate().equals(date) && line.reference() != null) {
                found.add(new Found(BreakKind.CASH, line.reference(), "entry missing on their side", signed(line), 0));
            }
        }
        return breaks.store(
                actor, scope, statement.statementId(), 1 + statement.entries().size(), found);
    }

    private static int find(List<StatementLine> movements, Set<Integer> used, Set<String> names, LocalDate valueDate) {
        for (int i = 0; i < movements.size(); i++) {
            StatementLine line = movements.get(i);
            if (!used.contains(i)
                    && line.reference() != null
                    && names.contains(line.reference())
                    && line.valueDate().equals(valueDate)) {
                return i;
            }
        }
        return -1;
    }

    /** A debit on 1025 (an asset) is money in at the bank: a credit entry on its statement. */
    private static long signed(StatementLine line) {
        return line.side() == Side.DEBIT ? line.amount() : -line.amount();
    }

    /** The entry's own reference, else the bank's reference for it. */
    private static String reference(StatementEntry entry) {
        return StatementEntry.NO_REFERENCE.equals(entry.reference()) && entry.servicerReference() != null
                ? entry.servicerReference()
                : entry.reference();
    }

    /** The entry's reference, and the trade's own reference when it names a trade through an instruction. */
    private Set<String> names(String reference) {
        Set<String> out = new HashSet<>();
        out.add(reference);
        references.tradeId(reference).flatMap(trades::find).ifPresent(t -> out.add(t.tradeRef()));
        return out;
    }
}
