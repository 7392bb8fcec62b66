package org.backoffice.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.platform.Sha256;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/**
 * API tokens: issued to a user, stored only as a hash, revoked, and resolved to the enabled,
 * unlocked user they belong to (remembered for a few seconds, forgotten when grants change).
 */
public final class ApiTokens {
    private static final long CACHE_NANOS = Duration.ofSeconds(5).toNanos();
    private static final String PREFIX = "bo_";

    private final DataSource readers;
    private final UserStore store;
    private final TransactionIds ids;
    private final Map<String, CachedUser> byHash = new ConcurrentHashMap<>();

    private record CachedUser(User user, long expiresAtNanos) {}

    ApiTokens(DataSource readers, UserStore store, TransactionIds ids) {
        this.readers = readers;
        this.store = store;
        this.ids = ids;
    }

    /** Issues the actor a token of their own. */
    public IssuedToken issue(Actor actor, String name) {
        return issue(actor.username(), actor.username(), name);
    }

    /**
     * An administrator issues a token to another user, for a script that acts as them; the audit
     * log names the administrator as the one who issued it.
     */
    public IssuedToken issue(Actor actor, String username, String name) {
        actor.requireRole(Role.ADMINISTRATOR);
        if (!store.directory().require(username).enabled()) {
            throw new IllegalStateException("username: " + username + " is disabled");
        }
        return issue(actor.username(), username, name);
    }

    private IssuedToken issue(String issuer, String owner, String name) {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("name: must be 1..64 characters");
        }
        String secret = PREFIX + Secrets.random(32);
        long id = ids.next().value();
        long now = Micros.now(store.clock());
        String after = "{\"name\":\"" + name.strip().replace("\"", "'") + "\""
                + (owner.equals(issuer) ? "" : ",\"username\":\"" + owner + "\"") + "}";
        store.write(
                now,
                c -> Sql.update(
                        c,
                        "INSERT INTO api_tokens (id, username, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                        id,
                        owner,
                        name.strip(),
                        Sha256.hex(secret),
                        now),
                new AuditRecord(issuer, "ISSUE_TOKEN", "ApiToken", Long.toString(id), null, null, after));
        return new IssuedToken(new ApiToken(id, owner, name.strip(), Micros.toInstant(now), null), secret);
    }

    /** The actor's own tokens; an administrator sees everyone's. */
    public List<ApiToken> list(Actor actor) {
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

    public void revoke(Actor actor, long id) {
        ApiToken token = list(actor).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("token " + id + " not found"));
        if (!token.active()) {
            throw new IllegalStateException("token " + id + " is revoked already");
        }
        long now = Micros.now(store.clock());
        store.write(
                now,
                c -> Sql.update(c, "UPDATE api_tokens SET revoked_at = ? WHERE id = ?", now, id),
                new AuditRecord(actor.username(), "REVOKE_TOKEN", "ApiToken", Long.toString(id), null, null, null));
        forget();
    }

    /** The enabled, unlocked user an active token belongs to. */
    public Optional<User> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = Sha256.hex(secret);
        CachedUser cached = byHash.get(hash);
        long nanos = System.nanoTime();
        if (cached != null && cached.expiresAtNanos() - nanos > 0) {
            return Optional.of(cached.user());
        }
        Optional<User> user = Sql.one(
                        readers,
                        "SELECT username FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL",
                        rs -> rs.getString(1),
                        hash)
                .flatMap(store.directory()::find)
                .filter(u -> u.enabled() && !u.lockedAt(store.clock().instant()));
        user.ifPresentOrElse(u -> byHash.put(hash, new CachedUser(u, nanos + CACHE_NANOS)), () -> byHash.remove(hash));
        return user;
    }

    /** Forgets the users remembered for tokens, after their grants, enabling or lock changed. */
    void forget() {
        byHash.clear();
    }
}
