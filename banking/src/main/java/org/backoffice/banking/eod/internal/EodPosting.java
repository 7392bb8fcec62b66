package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.jdbc.MultiRowInsert;

/**
 * One posting of end of day and its row in {@code eod_postings}, written by the step's operation kind
 * in the ledger batch's transaction.
 *
 * @param step ACCRUAL, CAPITALISE or FEE
 * @param ledgerId the client's account; 0 for an accrual total
 */
public record EodPosting(
        LocalDate date,
        String step,
        long ledgerId,
        String branch,
        String currency,
        String product,
        long amount,
        Transfer transfer) {
    public static final String ACCRUAL = "ACCRUAL";
    public static final String CAPITALISE = "CAPITALISE";
    public static final String FEE = "FEE";

    private static final List<String> COLUMNS =
            List.of("tx_id", "business_date", "step", "ledger_id", "branch", "currency", "product", "amount");

    static void insert(Connection c, List<EodPosting> postings) throws SQLException {
        if (postings.isEmpty()) {
            return;
        }
        MultiRowInsert.insert(c, "eod_postings", COLUMNS, postings, p -> new Object[] {
            p.transfer().id().value(),
            p.date().toString(),
            p.step(),
            p.ledgerId(),
            p.branch(),
            p.currency(),
            p.product(),
            p.amount()
        });
    }
}
