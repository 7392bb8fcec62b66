package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.operation.OperationKind;

/**
 * Up to a transfer's worth of accounts of one branch and currency credited their month of interest
 * in one ledger transaction (a posting each: Dr interest payable / Cr the account), with their
 * {@code eod_postings} rows in the same database transaction. The id is derived from the day and the
 * group's first account; accounts credited before are never read into a group again, so a month end
 * run again credits nobody twice.
 */
public final class CapitalisationKind implements OperationKind<CapitalisationKind.Credits> {
    public static final String TYPE = "EodInterestCapitalisation";

    /** @param postings the accounts' rows, all of the one transfer */
    public record Credits(String branch, List<EodPosting> postings) {}

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String branch(Credits credits) {
        return credits.branch();
    }

    @Override
    public List<TransactionRequest> movements(Credits credits) {
        return List.of(credits.postings().getFirst().transfer());
    }

    @Override
    public List<AuditRecord> write(Connection c, List<Credits> accepted) throws SQLException {
        EodPosting.insert(
                c, accepted.stream().flatMap(a -> a.postings().stream()).toList());
        return List.of();
    }
}
