package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.operation.OperationKind;

/**
 * An account's month of interest credited to it (Dr interest payable / Cr the account), its
 * {@code eod_postings} row in the same transaction. The id is derived from the day and the account,
 * so a month end run again credits nobody twice.
 */
public final class CapitalisationKind implements OperationKind<EodPosting> {
    public static final String TYPE = "EodInterestCapitalisation";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String branch(EodPosting posting) {
        return posting.branch();
    }

    @Override
    public List<TransactionRequest> movements(EodPosting posting) {
        return List.of(posting.transfer());
    }

    @Override
    public List<AuditRecord> write(Connection c, List<EodPosting> accepted) throws SQLException {
        EodPosting.insert(c, accepted);
        return List.of();
    }
}
