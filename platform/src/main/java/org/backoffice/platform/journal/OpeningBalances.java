package org.backoffice.platform.journal;

import java.sql.Connection;
import java.util.List;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.operation.OperationKind;

/**
 * Balances brought into an installation from outside it: a migration's opening balances, the demo
 * data a profile starts with, a benchmark's funding. Each is a transfer between book accounts that
 * an administrator records on the one path; {@code platform_operations} names who, which branch and
 * when, and {@code backoffice check} finds its transaction accounted for like any other.
 */
public final class OpeningBalances implements OperationKind<OpeningBalances.Entry> {
    public static final String TYPE = "OpeningBalance";

    /** One transfer of opening balances, in one branch. */
    public record Entry(String branch, Transfer transfer) {
        public Entry {
            if (branch == null || branch.isBlank() || transfer == null) {
                throw new IllegalArgumentException("an opening balance names its branch and its transfer");
            }
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String branch(Entry entry) {
        return entry.branch();
    }

    @Override
    public List<TransactionRequest> movements(Entry entry) {
        return List.of(entry.transfer());
    }

    @Override
    public List<AuditRecord> write(Connection connection, List<Entry> accepted) {
        return List.of();
    }
}
