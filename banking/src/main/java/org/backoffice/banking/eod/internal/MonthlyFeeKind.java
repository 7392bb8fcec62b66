package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.MultiRowInsert;
import org.backoffice.platform.operation.OperationKind;

/**
 * Monthly fees charged in one ledger transaction (Dr the account / Cr fee income, a posting per
 * account, one account or up to a transfer's worth of one branch, currency and product) with their
 * {@code eod_fees} and {@code eod_postings} rows in the same database transaction; or an account's
 * fee the ledger refused, kept as skipped with the ledger's reason and no posting.
 */
public final class MonthlyFeeKind implements OperationKind<MonthlyFeeKind.Fee> {
    public static final String TYPE = "EodMonthlyFee";

    private static final List<String> COLUMNS =
            List.of("business_date", "ledger_id", "branch", "currency", "product", "amount", "charged", "reason");

    /**
     * @param postings the accounts' rows, all of the one transfer; a skipped fee has one
     * @param reason null for fees to charge; the ledger's reason for one it refused
     */
    public record Fee(List<EodPosting> postings, String reason) {
        boolean charged() {
            return reason == null;
        }

        EodPosting first() {
            return postings.getFirst();
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String branch(Fee fee) {
        return fee.first().branch();
    }

    @Override
    public List<TransactionRequest> movements(Fee fee) {
        return fee.charged() ? List.of(fee.first().transfer()) : List.of();
    }

    @Override
    public TransactionId id(Fee fee) {
        EodPosting p = fee.first();
        return fee.charged() ? p.transfer().id() : EodIds.of(p.date(), "FEE-SKIPPED", Long.toString(p.ledgerId()));
    }

    @Override
    public List<AuditRecord> write(Connection c, List<Fee> accepted) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Fee fee : accepted) {
            for (EodPosting p : fee.postings()) {
                rows.add(new Object[] {p, fee.reason()});
            }
        }
        MultiRowInsert.insert(c, "eod_fees", COLUMNS, rows, row -> {
            EodPosting p = (EodPosting) row[0];
            String reason = (String) row[1];
            return new Object[] {
                p.date().toString(),
                p.ledgerId(),
                p.branch(),
                p.currency(),
                p.product(),
                p.amount(),
                reason == null ? 1 : 0,
                reason
            };
        });
        EodPosting.insert(
                c,
                accepted.stream()
                        .filter(Fee::charged)
                        .flatMap(f -> f.postings().stream())
                        .toList());
        return List.of();
    }
}
