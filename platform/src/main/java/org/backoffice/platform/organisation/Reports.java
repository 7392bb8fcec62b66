package org.backoffice.platform.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.TrialBalance;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;

/** Reports over the ledger, within the reader's branches. */
public final class Reports {
    private final Ledger ledger;

    public Reports(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The trial balance of one asset, now or as of a date, over the actor's branches (or one of them). */
    public List<TrialBalanceLine> trialBalance(Actor actor, String asset, String branch, LocalDate asOf) {
        if (asset == null || asset.isBlank()) {
            throw new IllegalArgumentException("asset: must be given");
        }
        if (branch != null && !branch.isBlank()) {
            actor.requireBranch(branch);
        }
        Map<Long, BookAccount> accounts = new HashMap<>();
        for (BookAccount account :
                Sql.query(ledger.readers(), "SELECT * FROM accounts WHERE asset = ?", Accounts::row, asset)) {
            if (actor.canSee(account.branch())
                    && (branch == null || branch.isBlank() || branch.equals(account.branch()))) {
                accounts.put(account.ledgerId().value(), account);
            }
        }
        TrialBalance balance = asOf == null ? ledger.trialBalance() : ledger.trialBalanceAsOf(asOf);
        List<TrialBalanceLine> lines = new ArrayList<>();
        for (TrialBalance.Line line : balance.lines()) {
            BookAccount account = accounts.get(line.account().value());
            if (account != null) {
                lines.add(new TrialBalanceLine(account, line.debit(), line.credit()));
            }
        }
        lines.sort(Comparator.comparing(l -> l.account().number()));
        return lines;
    }
}
