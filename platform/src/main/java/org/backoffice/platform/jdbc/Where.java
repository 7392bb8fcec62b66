package org.backoffice.platform.jdbc;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.backoffice.platform.Page;
import org.backoffice.platform.security.Actor;

/**
 * The WHERE clause of a list a user filters: the branches the actor sees, then each filter given,
 * with its parameters in order. A filter left empty (null) does not narrow the list.
 */
public final class Where {
    private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> args = new ArrayList<>();
    private final boolean nothing;

    private Where(Actor actor, String branch) {
        this.nothing = !Sql.branchScope(actor, branch, sql, args);
    }

    /** The rows of the branches the actor sees, or of {@code branch} alone when given (none if not granted). */
    public static Where scoped(Actor actor, String branch) {
        return new Where(actor, branch);
    }

    /**
     * Narrows to rows whose {@code column} (a name the code gives, never one from input) equals {@code value};
     * does nothing when the value is null.
     */
    public Where equal(String column, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** One page of the table's rows that match, in {@code orderBy} order, with how many match in all. */
    public <T> Page<T> page(
            DataSource readers,
            String table,
            String columns,
            String orderBy,
            Sql.RowMapper<T> mapper,
            int page,
            int size) {
        if (nothing) {
            return new Page<>(List.of(), page, size, 0);
        }
        long total = Sql.count(readers, "SELECT COUNT(*) FROM " + table + sql, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<T> items = Sql.query(
                readers,
                "SELECT " + columns + " FROM " + table + sql + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
                mapper,
                pageArgs.toArray());
        return new Page<>(items, page, size, total);
    }

    /** Every matching row of the table, in {@code orderBy} order. */
    public <T> List<T> all(DataSource readers, String table, String columns, String orderBy, Sql.RowMapper<T> mapper) {
        if (nothing) {
            return List.of();
        }
        return Sql.query(
                readers, "SELECT " + columns + " FROM " + table + sql + " ORDER BY " + orderBy, mapper, args.toArray());
    }
}
