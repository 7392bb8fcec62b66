package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.operation.OperationKind;

/**
 * An account's monthly fee: charged (Dr the account / Cr fee income) with its {@code eod_fees} and
 * {@code eod_postings} rows in the same transaction, or, when the ledger refused it, kept as skipped
 * with the ledger's reason and no posting.
 */
public final class MonthlyFeeKind implements OperationKind<MonthlyFeeKind.Fee> {
    public static final String TYPE = "EodMonthlyFee";

    /** @param reason null for a fee to charge; the ledger's reason for one it refused */
    public record Fee(EodPosting posting, String reason) {
        boolean charged() {
            return reason == null;
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String branch(Fee fee) {
        return fee.posting().branch();
    }

    @Override
    public List<TransactionRequest> movements(Fee fee) {
        return fee.charged() ? List.of(fee.posting().transfer()) : List.of();
    }

    @Override
    public TransactionId id(Fee fee) {
        EodPosting p = fee.posting();
        return fee.charged() ? p.transfer().id() : EodIds.of(p.date(), "FEE-SKIPPED", Long.toString(p.ledgerId()));
    }

    @Override
    public List<AuditRecord> write(Connection c, List<Fee> accepted) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO eod_fees (business_date, ledger_id,"
                + " branch, currency, product, amount, charged, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Fee fee : accepted) {
                EodPosting p = fee.posting();
                insert.setString(1, p.date().toString());
                insert.setLong(2, p.ledgerId());
                insert.setString(3, p.branch());
                insert.setString(4, p.currency());
                insert.setString(5, p.product());
                insert.setLong(6, p.amount());
                insert.setInt(7, fee.charged() ? 1 : 0);
                insert.setString(8, fee.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        EodPosting.insert(
                c, accepted.stream().filter(Fee::charged).map(Fee::posting).toList());
        return List.of();
    }
}
