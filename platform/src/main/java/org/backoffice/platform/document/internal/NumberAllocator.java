package org.backoffice.platform.document.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives documents their numbers per type, branch and year, inside the transaction that commits
 * them: a number exists only if its document does, so there are no gaps and no duplicates. The
 * counters are locked in key order, so two writers never wait on each other in a circle.
 */
final class NumberAllocator {
    private final boolean forUpdate;

    NumberAllocator(boolean forUpdate) {
        this.forUpdate = forUpdate;
    }

    record Key(String type, String branch, int year) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = type.compareTo(o.type);
            if (c == 0) {
                c = branch.compareTo(o.branch);
            }
            return c != 0 ? c : Integer.compare(year, o.year);
        }
    }

    void assign(Connection c, List<DocumentChange> changes, Map<String, String> prefixes) throws SQLException {
        Map<Key, Integer> needed = new TreeMap<>();
        for (DocumentChange change : changes) {
            if (change.numbered()) {
                needed.merge(key(change), 1, Integer::sum);
            }
        }
        if (needed.isEmpty()) {
            return;
        }
        Map<Key, long[]> next = new TreeMap<>();
        for (Map.Entry<Key, Integer> entry : needed.entrySet()) {
            long last = lockCounter(c, entry.getKey());
            next.put(entry.getKey(), new long[] {last});
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE document_numbers SET last_value = ? WHERE type = ? AND branch = ? AND year = ?")) {
                update.setLong(1, last + entry.getValue());
                update.setString(2, entry.getKey().type());
                update.setString(3, entry.getKey().branch());
                update.setInt(4, entry.getKey().year());
                update.executeUpdate();
            }
        }
        for (DocumentChange change : changes) {
            if (change.numbered()) {
                Key key = key(change);
                long value = ++next.get(key)[0];
                change.number(format(prefixes.get(key.type()), key, value));
            }
        }
    }

    private long lockCounter(Connection c, Key key) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT last_value FROM document_numbers WHERE type = ? AND branch = ? AND year = ?"
                        + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, key.type());
            select.setString(2, key.branch());
            select.setInt(3, key.year());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        // A unique-key clash here, with another node starting the same counter, retries the batch.
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO document_numbers (type, branch, year, last_value) VALUES (?, ?, ?, 0)")) {
            insert.setString(1, key.type());
            insert.setString(2, key.branch());
            insert.setInt(3, key.year());
            insert.executeUpdate();
        }
        return 0;
    }

    private static Key key(DocumentChange change) {
        return new Key(
                change.after().type(),
                change.after().branch(),
                change.after().date().getYear());
    }

    static String format(String prefix, Key key, long value) {
        return String.format("%s-%s-%d-%06d", prefix, key.branch(), key.year(), value);
    }
}
