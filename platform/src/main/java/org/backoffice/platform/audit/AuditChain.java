package org.backoffice.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.backoffice.platform.Sha256;

/**
 * Appends to the hash-chained audit log inside the caller's transaction. The chain's head row is
 * locked first, so appenders on several connections (or server nodes) take turns.
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);
    private final boolean lockWithForUpdate;

    public AuditChain(boolean lockWithForUpdate) {
        this.lockWithForUpdate = lockWithForUpdate;
    }

    public void append(Connection connection, long atMicros, List<AuditRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        long seq;
        String hash;
        try (PreparedStatement head = connection.prepareStatement(
                        "SELECT seq, hash FROM audit_head WHERE id = 1" + (lockWithForUpdate ? " FOR UPDATE" : ""));
                ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit log's head row is missing");
            }
            seq = rs.getLong(1);
            hash = rs.getString(2);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_log (seq, at_micros, actor, action, entity_type, entity_id, branch,"
                        + " before_state, after_state, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditRecord record : records) {
                seq++;
                String next = hash(hash, seq, atMicros, record);
                insert.setLong(1, seq);
                insert.setLong(2, atMicros);
                insert.setString(3, record.actor());
                insert.setString(4, record.action());
                insert.setString(5, record.entityType());
                insert.setString(6, record.entityId());
                insert.setString(7, record.branch());
                insert.setString(8, record.before());
                insert.setString(9, record.after());
                insert.setString(10, hash);
                insert.setString(11, next);
                insert.addBatch();
                hash = next;
            }
            insert.executeBatch();
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            update.setLong(1, seq);
            update.setString(2, hash);
            update.executeUpdate();
        }
    }

    /** The entry's hash: SHA-256 of the previous hash and every field, each length-prefixed. */
    public static String hash(String previous, long seq, long atMicros, AuditRecord record) {
        StringBuilder text = new StringBuilder(256);
        field(text, previous);
        field(text, Long.toString(seq));
        field(text, Long.toString(atMicros));
        field(text, record.actor());
        field(text, record.action());
        field(text, record.entityType());
        field(text, record.entityId());
        field(text, record.branch());
        field(text, record.before());
        field(text, record.after());
        return Sha256.hex(text.toString());
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }
}
