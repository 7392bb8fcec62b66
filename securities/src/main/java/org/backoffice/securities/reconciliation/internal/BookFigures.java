package org.backoffice.securities.reconciliation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.StatementLine;
import org.backoffice.ledger.StatementPage;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.BookAccount;

/** What the books say that a statement is compared with: a balance as of a day, the movements of some days. */
public final class BookFigures {
    private final Platform platform;

    public BookFigures(Platform platform) {
        this.platform = platform;
    }

    /** Posted balance of the book account at the end of {@code date}; 0 for an account not opened yet. */
    public long balanceAsOf(String number, LocalDate date) {
        return platform.accounts()
                .account(number)
                .flatMap(a -> platform.ledger().balanceAsOf(a.ledgerId(), date))
                .map(Balance::posted)
                .orElse(0L);
    }

    /** The book account's movements with a value date from {@code from} to {@code to}. */
    public List<StatementLine> movements(String number, LocalDate from, LocalDate to) {
        Optional<BookAccount> account = platform.accounts().account(number);
        if (account.isEmpty()) {
            return List.of();
        }
        List<StatementLine> out = new ArrayList<>();
        StatementQuery query = StatementQuery.all(account.get().ledgerId(), 1000);
        while (true) {
            StatementPage page = platform.ledger().statement(query);
            for (StatementLine line : page.lines()) {
                if (!line.valueDate().isBefore(from) && !line.valueDate().isAfter(to)) {
                    out.add(line);
                }
            }
            if (page.next().isEmpty()) {
                return out;
            }
            query = query.continueAfter(page.next().get());
        }
    }
}
