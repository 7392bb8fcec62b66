package org.backoffice.banking.clearing.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.backoffice.banking.clearing.ExceptionResolution;
import org.backoffice.banking.clearing.Resolution;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.jdbc.Sql;

/** The exceptions queue's rows, read and resolved in the writer's transaction. */
public final class ExceptionRows {
    public static final String OPEN = "OPEN";

    private ExceptionRows() {}

    /** What a resolution needs of the payment held in suspense. */
    public record Held(
            long id,
            String status,
            String endToEndId,
            String debtorName,
            String debtorIban,
            String debtorBic,
            String creditorName,
            String creditorIban,
            String currency,
            long amount) {}

    public static Optional<Held> held(Connection c, long id) throws SQLException {
        return Sql.query(c, "SELECT * FROM clearing_exceptions WHERE id = ?", ExceptionRows::held, id).stream()
                .findFirst();
    }

    private static Held held(ResultSet rs) throws SQLException {
        return new Held(
                rs.getLong("id"),
                rs.getString("status"),
                rs.getString("end_to_end_id"),
                rs.getString("debtor_name"),
                rs.getString("debtor_iban"),
                rs.getString("debtor_bic"),
                rs.getString("creditor_name"),
                rs.getString("creditor_iban"),
                rs.getString("currency"),
                rs.getLong("amount"));
    }

    /** Marks the exception resolved by the posted document: how, where to, who proposed and approved. */
    public static void resolve(Connection c, ExceptionResolution body, Document document, long now)
            throws SQLException {
        int updated = Sql.update(
                c,
                "UPDATE clearing_exceptions SET status = ?, resolution_id = ?, resolved_how = ?, resolved_to = ?,"
                        + " proposed_by = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'OPEN'",
                body.action() == Resolution.RETURN ? "RETURNED" : "REROUTED",
                document.id().value(),
                body.action().name(),
                body.action() == Resolution.RETURN ? body.sendingBic() : body.targetIban(),
                document.maker(),
                document.approver() == null ? document.maker() : document.approver(),
                now,
                body.exceptionId());
        if (updated != 1) {
            throw new SQLException("clearing exception " + body.exceptionId() + " is no longer open");
        }
    }
}
