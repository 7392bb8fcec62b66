package org.backoffice.banking.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.backoffice.platform.jdbc.Sql;

/** The last closed business day, read in the caller's transaction. */
public final class BusinessDays {
    private BusinessDays() {}

    public static Optional<LocalDate> lastClosed(Connection c) throws SQLException {
        return Sql.query(c, "SELECT MAX(business_date) FROM bank_business_days", rs -> rs.getString(1)).stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(LocalDate::parse);
    }

    /** The last closed business day, read from the pool. */
    public static Optional<LocalDate> lastClosed(javax.sql.DataSource readers) {
        try (Connection c = readers.getConnection()) {
            return lastClosed(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the closed business days: " + e.getMessage(), e);
        }
    }

    /** Why a posting with this value date must wait for a controller's adjustment ("field: rule"), or null. */
    public static String refusal(Connection c, String field, LocalDate valueDate) throws SQLException {
        Optional<LocalDate> closed = lastClosed(c);
        if (closed.isPresent() && !valueDate.isAfter(closed.get())) {
            return field + ": business day " + closed.get() + " is closed; a value date of " + valueDate
                    + " needs a controller's back-value adjustment";
        }
        return null;
    }
}
