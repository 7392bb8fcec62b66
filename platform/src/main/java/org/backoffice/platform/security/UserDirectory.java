package org.backoffice.platform.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/** Reads users with their roles and branches. */
public final class UserDirectory {
    private final DataSource readers;

    public UserDirectory(DataSource readers) {
        this.readers = readers;
    }

    public Optional<User> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        try (Connection c = readers.getConnection()) {
            Optional<User> row =
                    Sql.query(c, "SELECT * FROM users WHERE username = ?", UserDirectory::row, username).stream()
                            .findFirst();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            User u = row.get();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Sql.query(
                            c,
                            "SELECT role FROM user_roles WHERE username = ?",
                            rs -> Role.valueOf(rs.getString(1)),
                            username)
                    .forEach(roles::add);
            Set<String> branches = new TreeSet<>(Sql.query(
                    c, "SELECT branch FROM user_branches WHERE username = ?", rs -> rs.getString(1), username));
            return Optional.of(new User(
                    u.username(),
                    u.displayName(),
                    u.passwordHash(),
                    roles,
                    branches,
                    u.allBranches(),
                    u.enabled(),
                    u.mustChangePassword(),
                    u.failedLogins(),
                    u.lockedUntil()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read users: " + e.getMessage(), e);
        }
    }

    private static User row(ResultSet rs) throws SQLException {
        long locked = rs.getLong("locked_until");
        return new User(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Set.of(),
                Set.of(),
                rs.getBoolean("all_branches"),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                rs.getInt("failed_logins"),
                locked == 0 ? Instant.EPOCH : Micros.toInstant(locked));
    }

    /** The user, or a {@link NoSuchElementException} naming the username. */
    public User require(String username) {
        return find(username).orElseThrow(() -> new NoSuchElementException("user " + username + " not found"));
    }

    public List<User> list(Actor actor) {
        if (!actor.has(Role.ADMINISTRATOR) && !actor.has(Role.AUDITOR)) {
            throw new SecurityException(actor.username() + " may not list users");
        }
        List<User> users = new ArrayList<>();
        for (String name : Sql.query(readers, "SELECT username FROM users ORDER BY username", rs -> rs.getString(1))) {
            find(name).ifPresent(users::add);
        }
        return users;
    }

    public boolean anyAdministrator() {
        return Sql.count(readers, "SELECT COUNT(*) FROM user_roles WHERE role = ?", Role.ADMINISTRATOR.name()) > 0;
    }

    Set<String> branchCodes() {
        return new HashSet<>(Sql.query(readers, "SELECT code FROM branches", rs -> rs.getString(1)));
    }
}
