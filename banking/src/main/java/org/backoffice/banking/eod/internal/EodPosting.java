package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.Transfer;

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

    static void insert(Connection c, List<EodPosting> postings) throws SQLException {
        if (postings.isEmpty()) {
            return;
        }
        EodRows.insert(
                c,
                "INSERT INTO eod_postings (tx_id, business_date, step, ledger_id, branch, currency, product, amount)"
                        + " VALUES ",
                8,
                postings,
                (ps, i, p) -> {
                    ps.setLong(i, p.transfer().id().value());
                    ps.setString(i + 1, p.date().toString());
                    ps.setString(i + 2, p.step());
                    ps.setLong(i + 3, p.ledgerId());
                    ps.setString(i + 4, p.branch());
                    ps.setString(i + 5, p.currency());
                    ps.setString(i + 6, p.product());
                    ps.setLong(i + 7, p.amount());
                });
    }
}
