package org.backoffice.platform.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.backoffice.platform.Page;
import org.backoffice.platform.security.Actor;

/** Small helpers for explicit SQL on the read pool. */
public final class Sql {
    private Sql() {}

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static <T> List<T> query(DataSource readers, String sql, RowMapper<T> mapper, Object... args) {
        try (Connection c = readers.getConnection()) {
            return query(c, sql, mapper, args);
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, args);
                ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        }
    }

    public static <T> Optional<T> one(DataSource readers, String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(readers, sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static long count(DataSource readers, String sql, Object... args) {
        return one(readers, sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    /**
     * One page of the rows of {@code from} (a table and its WHERE clause, whose parameters are {@code args}) in
     * {@code orderBy} order, with how many rows there are in all.
     */
    public static <T> Page<T> page(
            DataSource readers,
            String from,
            List<Object> args,
            String orderBy,
            RowMapper<T> mapper,
            int page,
            int size) {
        long total = count(readers, "SELECT COUNT(*) FROM " + from, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<T> items = query(
                readers,
                "SELECT * FROM " + from + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
                mapper,
                pageArgs.toArray());
        return new Page<>(items, page, size, total);
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, args)) {
            return statement.executeUpdate();
        }
    }

    public static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }

    /** {@code ?, ?, ?} for an IN list of {@code n} values. */
    public static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /**
     * Narrows a query to the branches the actor may see, or to {@code branch} when one is given:
     * appends to {@code where} and {@code args}. False when nothing can match (a branch not granted,
     * or no branch at all), so the caller answers an empty page without asking the database.
     */
    public static boolean branchScope(Actor actor, String branch, StringBuilder where, List<Object> args) {
        if (branch != null && !branch.isBlank()) {
            if (!actor.canSee(branch)) {
                return false;
            }
            where.append(" AND branch = ?");
            args.add(branch);
        } else if (!actor.allBranches()) {
            if (actor.branches().isEmpty()) {
                return false;
            }
            where.append(" AND branch IN (")
                    .append(marks(actor.branches().size()))
                    .append(')');
            args.addAll(actor.branches().stream().sorted().toList());
        }
        return true;
    }
}
