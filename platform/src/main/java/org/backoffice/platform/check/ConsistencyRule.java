package org.backoffice.platform.check;

/**
 * One thing {@code backoffice check} verifies: a query that returns one row per violation (an
 * identifier and a description), and nothing when the rule holds.
 *
 * @param name what holds when the query is empty, e.g. "every settlement instruction has its reservation"
 * @param sql a query returning two columns: an identifier and a description of each violation
 */
public record ConsistencyRule(String name, String sql) {
    public ConsistencyRule {
        if (name == null || name.isBlank() || sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("name, sql: must be given");
        }
    }
}
