package org.backoffice.banking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.backoffice.platform.jdbc.Micros;

/** Nullable columns of the bank's tables, read as null rather than as zero. */
public final class Columns {
    private Columns() {}

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A column of microseconds since the epoch, as the instant it is, or null. */
    public static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Long micros = nullableLong(rs, column);
        return micros == null ? null : Micros.toInstant(micros);
    }
}
