package org.backoffice.banking.clearing.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.backoffice.banking.clearing.ClearingException;
import org.backoffice.banking.clearing.ExceptionResolution;
import org.backoffice.banking.clearing.Resolution;
import org.backoffice.banking.internal.Columns;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/** The exceptions queue's rows, read and resolved in the writer's transaction. */
public final class ExceptionRows {
    public static final String OPEN = "OPEN";

    private ExceptionRows() {}

    public static Optional<ClearingException> held(Connection c, long id) throws SQLException {
        return Sql.query(c, "SELECT * FROM clearing_exceptions WHERE id = ?", ExceptionRows::row, id).stream()
                .findFirst();
    }

    /** A row of the exceptions queue as the exception it is. */
    public static ClearingException row(ResultSet rs) throws SQLException {
        return new ClearingException(
                rs.getLong("id"),
                rs.getLong("file_id"),
                rs.getInt("item"),
                rs.getString("reason"),
                rs.getString("end_to_end_id"),
                rs.getString("debtor_name"),
                rs.getString("debtor_iban"),
                rs.getString("debtor_bic"),
                rs.getString("creditor_name"),
                rs.getString("creditor_iban"),
                rs.getString("currency"),
                rs.getLong("amount"),
                rs.getString("remittance"),
                rs.getString("status"),
                Micros.toInstant(rs.getLong("created_at")),
                Columns.nullableLong(rs, "resolution_id"),
                rs.getString("resolved_how"),
                rs.getString("resolved_to"),
                rs.getString("proposed_by"),
                rs.getString("resolved_by"),
                Columns.nullableInstant(rs, "resolved_at"));
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
