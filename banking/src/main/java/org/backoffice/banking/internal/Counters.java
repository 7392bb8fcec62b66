package org.backoffice.banking.internal;

import java.util.List;
import org.backoffice.platform.Platform;
import org.backoffice.platform.jdbc.Sql;

/** Numbers the bank hands out (account numbers), allocated in ranges in the writer's transaction. */
public final class Counters {
    private Counters() {}

    /** Allocates {@code count} consecutive numbers and returns the first; the first ever is 1. */
    public static long allocate(Platform platform, String name, int count) {
        return platform.change(List.of(), c -> {
            List<Long> current =
                    Sql.query(c, "SELECT value FROM bank_counters WHERE name = ?", rs -> rs.getLong(1), name);
            long first;
            if (current.isEmpty()) {
                first = 1;
                Sql.update(c, "INSERT INTO bank_counters (name, value) VALUES (?, ?)", name, (long) count);
            } else {
                first = current.get(0) + 1;
                Sql.update(c, "UPDATE bank_counters SET value = ? WHERE name = ?", current.get(0) + count, name);
            }
            return first;
        });
    }
}
