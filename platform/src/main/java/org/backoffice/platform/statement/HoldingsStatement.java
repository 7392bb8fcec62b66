package org.backoffice.platform.statement;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.statement.internal.Checks;

/** A custodian's statement of holdings (MT535) of one safekeeping account as of a date. */
public record HoldingsStatement(
        String statementReference, String safekeepingAccount, LocalDate asOf, List<Holding> holdings) {
    public HoldingsStatement {
        Checks.reference("statementReference", statementReference);
        Checks.account("safekeepingAccount", safekeepingAccount);
        Checks.present("asOf", asOf);
        holdings = List.copyOf(Checks.present("holdings", holdings));
    }
}
