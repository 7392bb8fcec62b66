package org.backoffice.platform.security;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.platform.Sha256;
import org.backoffice.platform.audit.AuditChain;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/**
 * Users, their roles and branches, log-in failures and lock-out, and API tokens. Passwords and
 * tokens are stored only as hashes; administrators manage users, every change is audited.
 */
public final class Users {
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final long TOKEN_CACHE_NANOS = Duration.ofSeconds(5).toNanos();
    private static final String TOKEN_PREFIX = "bo_";

    private final Ledger ledger;
    private final DataSource readers;
    private final AuditChain audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final TransactionIds ids;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, CachedUser> byTokenHash = new ConcurrentHashMap<>();

    private record CachedUser(User user, long expiresAtNanos) {}

    public Users(Ledger ledger, AuditChain audit, PasswordHasher hasher, Clock clock, TransactionIds ids) {
        this.ledger = ledger;
        this.readers = ledger.readers();
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
        this.ids = ids;
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    /** Creates a user with a password the administrator chose; the user must change it at first log-in. */
    public User create(Actor actor, NewUser request, CharSequence password) {
        actor.requireRole(Role.ADMINISTRATOR);
        checkPassword(password);
        return insert(actor.username(), request, hasher.hash(password), true);
    }

    /** Creates a user with a random one-time password, returned once and stored only as a hash. */
    public String createWithOneTimePassword(Actor actor, NewUser request) {
        actor.requireRole(Role.ADMINISTRATOR);
        String password = randomSecret(18);
        insert(actor.username(), request, hasher.hash(password), true);
        return password;
    }

    /** For the demo organisation only: a known password that need not be changed. */
    public User createDemoUser(NewUser request, CharSequence password) {
        return insert("demo", request, hasher.hash(password), false);
    }

    private User insert(String actor, NewUser request, String passwordHash, boolean mustChange) {
        if (find(request.username()).isPresent()) {
            throw new IllegalStateException("username: " + request.username() + " exists already");
        }
        Set<String> known = new HashSet<>(Sql.query(readers, "SELECT code FROM branches", rs -> rs.getString(1)));
        for (String branch : request.branches()) {
            if (!known.contains(branch)) {
                throw new IllegalArgumentException("branches: '" + branch + "' does not exist");
            }
        }
        long now = Micros.now(clock);
        ledger.change(c -> {
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
            audit.append(
                    c,
                    now,
                    List.of(new AuditRecord(
                            actor,
                            "CREATE",
                            "User",
                            request.username(),
                            null,
                            null,
                            describe(request.roles(), request.branches(), request.allBranches()))));
            return null;
        });
        return find(request.username()).orElseThrow();
    }

    /** Replaces a user's roles and branches. */
    public User grant(Actor actor, String username, Set<Role> roles, Set<String> branches, boolean allBranches) {
        actor.requireRole(Role.ADMINISTRATOR);
        User before = require(username);
        NewUser checked = new NewUser(username, before.displayName(), roles, branches, allBranches);
        long now = Micros.now(clock);
        ledger.change(c -> {
            Sql.update(c, "DELETE FROM user_roles WHERE username = ?", username);
            Sql.update(c, "DELETE FROM user_branches WHERE username = ?", username);
            Sql.update(c, "UPDATE users SET all_branches = ? WHERE username = ?", allBranches, username);
            writeGrants(c, username, checked.roles(), checked.branches());
            audit.append(
                    c,
                    now,
                    List.of(new AuditRecord(
                            actor.username(),
                            "GRANT",
                            "User",
                            username,
                            null,
                            describe(before.roles(), before.branches(), before.allBranches()),
                            describe(checked.roles(), checked.branches(), allBranches))));
            return null;
        });
        byTokenHash.clear();
        return require(username);
    }

    public void setEnabled(Actor actor, String username, boolean enabled) {
        actor.requireRole(Role.ADMINISTRATOR);
        require(username);
        if (!enabled && actor.username().equals(username)) {
            throw new IllegalArgumentException("username: an administrator cannot disable themselves");
        }
        change(
                actor.username(),
                username,
                enabled ? "ENABLE" : "DISABLE",
                "UPDATE users SET enabled = ? WHERE username = ?",
                enabled,
                username);
        byTokenHash.clear();
    }

    public void unlock(Actor actor, String username) {
        actor.requireRole(Role.ADMINISTRATOR);
        require(username);
        change(
                actor.username(),
                username,
                "UNLOCK",
                "UPDATE users SET failed_logins = 0, locked_until = 0 WHERE username = ?",
                username);
    }

    /** A user changes their own password, giving the current one. */
    public void changePassword(String username, CharSequence current, CharSequence replacement) {
        User user = require(username);
        if (!hasher.matches(current, user.passwordHash())) {
            throw new IllegalArgumentException("currentPassword: does not match");
        }
        checkPassword(replacement);
        if (hasher.matches(replacement, user.passwordHash())) {
            throw new IllegalArgumentException("newPassword: must differ from the current one");
        }
        change(
                username,
                username,
                "CHANGE_PASSWORD",
                "UPDATE users SET password_hash = ?, must_change_password = ? WHERE username = ?",
                hasher.hash(replacement),
                false,
                username);
    }

    /** An administrator sets a new one-time password, returned once. */
    public String resetPassword(Actor actor, String username) {
        actor.requireRole(Role.ADMINISTRATOR);
        require(username);
        String password = randomSecret(18);
        change(
                actor.username(),
                username,
                "RESET_PASSWORD",
                "UPDATE users SET password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = 0"
                        + " WHERE username = ?",
                hasher.hash(password),
                true,
                username);
        return password;
    }

    public void loginFailed(String username) {
        Optional<User> user = find(username);
        if (user.isEmpty()) {
            return;
        }
        int failures = user.get().failedLogins() + 1;
        boolean lock = failures >= FAILURES_BEFORE_LOCK;
        long lockedUntil = lock
                ? Micros.of(clock.instant().plus(LOCK_DURATION))
                : Micros.of(user.get().lockedUntil());
        long now = Micros.now(clock);
        ledger.change(c -> {
            Sql.update(
                    c,
                    "UPDATE users SET failed_logins = ?, locked_until = ? WHERE username = ?",
                    lock ? 0 : failures,
                    lockedUntil,
                    username);
            if (lock) {
                audit.append(
                        c,
                        now,
                        List.of(new AuditRecord(
                                "system",
                                "LOCK",
                                "User",
                                username,
                                null,
                                null,
                                "{\"reason\":\"" + FAILURES_BEFORE_LOCK + " failed log-ins\"}")));
            }
            return null;
        });
        if (lock) {
            byTokenHash.clear();
        }
    }

    public void loginSucceeded(String username) {
        find(username)
                .filter(u -> u.failedLogins() > 0)
                .ifPresent(u -> ledger.change(
                        c -> Sql.update(c, "UPDATE users SET failed_logins = 0 WHERE username = ?", username)));
    }

    public Optional<User> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        try (Connection c = readers.getConnection()) {
            List<User> users = Sql.query(
                    c,
                    "SELECT * FROM users WHERE username = ?",
                    rs -> {
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
                    },
                    username);
            if (users.isEmpty()) {
                return Optional.empty();
            }
            User u = users.get(0);
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

    /** Issues the actor a token of their own. */
    public IssuedToken issueToken(Actor actor, String name) {
        return issue(actor.username(), actor.username(), name);
    }

    /**
     * An administrator issues a token to another user, for a script that acts as them; the audit
     * log names the administrator as the one who issued it.
     */
    public IssuedToken issueToken(Actor actor, String username, String name) {
        actor.requireRole(Role.ADMINISTRATOR);
        if (!require(username).enabled()) {
            throw new IllegalStateException("username: " + username + " is disabled");
        }
        return issue(actor.username(), username, name);
    }

    private IssuedToken issue(String issuer, String owner, String name) {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("name: must be 1..64 characters");
        }
        String secret = TOKEN_PREFIX + randomSecret(32);
        long id = ids.next().value();
        long now = Micros.now(clock);
        String after = "{\"name\":\"" + name.strip().replace("\"", "'") + "\""
                + (owner.equals(issuer) ? "" : ",\"username\":\"" + owner + "\"") + "}";
        ledger.change(c -> {
            Sql.update(
                    c,
                    "INSERT INTO api_tokens (id, username, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                    id,
                    owner,
                    name.strip(),
                    Sha256.hex(secret),
                    now);
            audit.append(
                    c,
                    now,
                    List.of(new AuditRecord(issuer, "ISSUE_TOKEN", "ApiToken", Long.toString(id), null, null, after)));
            return null;
        });
        return new IssuedToken(new ApiToken(id, owner, name.strip(), Micros.toInstant(now), null), secret);
    }

    /** The actor's own tokens; an administrator sees everyone's. */
    public List<ApiToken> tokens(Actor actor) {
        String sql = "SELECT id, username, name, created_at, revoked_at FROM api_tokens"
                + (actor.has(Role.ADMINISTRATOR) ? "" : " WHERE username = ?") + " ORDER BY id DESC";
        Object[] args = actor.has(Role.ADMINISTRATOR) ? new Object[0] : new Object[] {actor.username()};
        return Sql.query(
                readers,
                sql,
                rs -> {
                    long revoked = rs.getLong(5);
                    // wasNull() speaks of the column read last, so it is asked before reading another.
                    Instant revokedAt = rs.wasNull() ? null : Micros.toInstant(revoked);
                    return new ApiToken(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            Micros.toInstant(rs.getLong(4)),
                            revokedAt);
                },
                args);
    }

    public void revokeToken(Actor actor, long id) {
        ApiToken token = tokens(actor).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("token " + id + " not found"));
        if (!token.active()) {
            throw new IllegalStateException("token " + id + " is revoked already");
        }
        long now = Micros.now(clock);
        ledger.change(c -> {
            Sql.update(c, "UPDATE api_tokens SET revoked_at = ? WHERE id = ?", now, id);
            audit.append(
                    c,
                    now,
                    List.of(new AuditRecord(
                            actor.username(), "REVOKE_TOKEN", "ApiToken", Long.toString(id), null, null, null)));
            return null;
        });
        byTokenHash.clear();
    }

    /** The enabled, unlocked user an active token belongs to. */
    public Optional<User> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = Sha256.hex(secret);
        CachedUser cached = byTokenHash.get(hash);
        long nanos = System.nanoTime();
        if (cached != null && cached.expiresAtNanos() - nanos > 0) {
            return Optional.of(cached.user());
        }
        Optional<User> user = Sql.one(
                        readers,
                        "SELECT username FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL",
                        rs -> rs.getString(1),
                        hash)
                .flatMap(this::find)
                .filter(u -> u.enabled() && !u.lockedAt(clock.instant()));
        user.ifPresentOrElse(
                u -> byTokenHash.put(hash, new CachedUser(u, nanos + TOKEN_CACHE_NANOS)),
                () -> byTokenHash.remove(hash));
        return user;
    }

    private void change(String actor, String username, String action, String sql, Object... args) {
        long now = Micros.now(clock);
        ledger.change(c -> {
            Sql.update(c, sql, args);
            audit.append(c, now, List.of(new AuditRecord(actor, action, "User", username, null, null, null)));
            return null;
        });
    }

    private User require(String username) {
        return find(username).orElseThrow(() -> new NoSuchElementException("user " + username + " not found"));
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

    private static void checkPassword(CharSequence password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password: must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 128) {
            throw new IllegalArgumentException("password: must be at most 128 characters");
        }
    }

    private String randomSecret(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
