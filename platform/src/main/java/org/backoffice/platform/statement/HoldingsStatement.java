package org.backoffice.platform.statement;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.message.FieldChecks;

/** A custodian's statement of holdings (MT535) of one safekeeping account as of a date. */
public record HoldingsStatement(
        String statementReference, String safekeepingAccount, LocalDate asOf, List<Holding> holdings) {
    public HoldingsStatement {
        FieldChecks.reference("statementReference", statementReference);
        FieldChecks.account("safekeepingAccount", safekeepingAccount);
        FieldChecks.present("asOf", asOf);
        holdings = List.copyOf(FieldChecks.present("holdings", holdings));
    }
}
