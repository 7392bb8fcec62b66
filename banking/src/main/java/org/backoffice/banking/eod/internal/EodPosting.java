package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO eod_postings (tx_id, business_date, step,"
                + " ledger_id, branch, currency, product, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (EodPosting p : postings) {
                insert.setLong(1, p.transfer().id().value());
                insert.setString(2, p.date().toString());
                insert.setString(3, p.step());
                insert.setLong(4, p.ledgerId());
                insert.setString(5, p.branch());
                insert.setString(6, p.currency());
                insert.setString(7, p.product());
                insert.setLong(8, p.amount());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
