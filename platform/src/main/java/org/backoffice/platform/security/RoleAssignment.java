package org.backoffice.platform.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/**
 * Who may do what: an administrator enrols users with their roles and branches, replaces those
 * grants, and enables or disables a user. Every change is audited.
 */
public final class RoleAssignment {
    private final UserStore store;
    private final PasswordHasher hasher;
    private final Runnable grantsChanged;

    RoleAssignment(UserStore store, PasswordHasher hasher, Runnable grantsChanged) {
        this.store = store;
        this.hasher = hasher;
        this.grantsChanged = grantsChanged;
    }

    /** Creates a user with a password the administrator chose; the user must change it at first log-in. */
    public User create(Actor actor, NewUser request, CharSequence password) {
        actor.requireRole(Role.ADMINISTRATOR);
        PasswordPolicy.check(password);
        return insert(actor.username(), request, hasher.hash(password), true);
    }

    /** Creates a user with a random one-time password, returned once and stored only as a hash. */
    public String createWithOneTimePassword(Actor actor, NewUser request) {
        actor.requireRole(Role.ADMINISTRATOR);
        String password = Secrets.oneTimePassword();
        insert(actor.username(), request, hasher.hash(password), true);
        return password;
    }

    /** For the demo organisation only: a known password that need not be changed. */
    public User createDemoUser(NewUser request, CharSequence password) {
        return insert("demo", request, hasher.hash(password), false);
    }

    private User insert(String actor, NewUser request, String passwordHash, boolean mustChange) {
        if (store.directory().find(request.username()).isPresent()) {
            throw new IllegalStateException("username: " + request.username() + " exists already");
        }
        Set<String> known = store.directory().branchCodes();
        for (String branch : request.branches()) {
            if (!known.contains(branch)) {
                throw new IllegalArgumentException("branches: '" + branch + "' does not exist");
            }
        }
        long now = Micros.now(store.clock());
        store.write(
                now,
                c -> {
                    Sql.update(
                            c,
                            "INSERT INTO users (username, display_name, password_hash, all_branches, enabled,"
                                    + " must_change_password, failed_logins, locked_until, created_at)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)",
                            request.username(),
                            request.displayName(),
                            passwordHash,
                            request.allBranches(),
                            true,
                            mustChange,
                            now);
                    writeGrants(c, request.username(), request.roles(), request.branches());
                },
                new AuditRecord(
                        actor,
                        "CREATE",
                        "User",
                        request.username(),
                        null,
                        null,
                        describe(request.roles(), request.branches(), request.allBranches())));
        return store.directory().require(request.username());
    }

    /** Replaces a user's roles and branches. */
    public User grant(Actor actor, String username, Set<Role> roles, Set<String> branches, boolean allBranches) {
        actor.requireRole(Role.ADMINISTRATOR);
        User before = store.directory().require(username);
        NewUser checked = new NewUser(username, before.displayName(), roles, branches, allBranches);
        store.write(
                Micros.now(store.clock()),
                c -> {
                    Sql.update(c, "DELETE FROM user_roles WHERE username = ?", username);
                    Sql.update(c, "DELETE FROM user_branches WHERE username = ?", username);
                    Sql.update(c, "UPDATE users SET all_branches = ? WHERE username = ?", allBranches, username);
                    writeGrants(c, username, checked.roles(), checked.branches());
                },
                new AuditRecord(
                        actor.username(),
                        "GRANT",
                        "User",
                        username,
                        null,
                        describe(before.roles(), before.branches(), before.allBranches()),
                        describe(checked.roles(), checked.branches(), allBranches)));
        grantsChanged.run();
        return store.directory().require(username);
    }

    public void setEnabled(Actor actor, String username, boolean enabled) {
        actor.requireRole(Role.ADMINISTRATOR);
        store.directory().require(username);
        if (!enabled && actor.username().equals(username)) {
            throw new IllegalArgumentException("username: an administrator cannot disable themselves");
        }
        store.update(
                actor.username(),
                username,
                enabled ? "ENABLE" : "DISABLE",
                "UPDATE users SET enabled = ? WHERE username = ?",
                enabled,
                username);
        grantsChanged.run();
    }

    private static void writeGrants(Connection c, String username, Set<Role> roles, Set<String> branches)
            throws SQLException {
        for (Role role : new TreeSet<>(roles)) {
            Sql.update(c, "INSERT INTO user_roles (username, role) VALUES (?, ?)", username, role.name());
        }
        for (String branch : new TreeSet<>(branches)) {
            Sql.update(c, "INSERT INTO user_branches (username, branch) VALUES (?, ?)", username, branch);
        }
    }

    private static String describe(Set<Role> roles, Set<String> branches, boolean allBranches) {
        return "{\"roles\":\"" + new TreeSet<>(roles) + "\",\"branches\":\""
                + (allBranches ? "ALL" : new TreeSet<>(branches).toString()) + "\"}";
    }
}
