package org.backoffice.platform.security;

import java.time.Duration;
import java.util.Optional;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/**
 * Counts failed log-ins and locks a user out for a while after too many; an administrator may
 * unlock earlier.
 */
public final class Lockout {
    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UserStore store;
    private final Runnable locked;

    Lockout(UserStore store, Runnable locked) {
        this.store = store;
        this.locked = locked;
    }

    public void loginFailed(String username) {
        Optional<User> user = store.directory().find(username);
        if (user.isEmpty()) {
            return;
        }
        int failures = user.get().failedLogins() + 1;
        boolean lock = failures >= FAILURES_BEFORE_LOCK;
        long lockedUntil = lock
                ? Micros.of(store.clock().instant().plus(LOCK_DURATION))
                : Micros.of(user.get().lockedUntil());
        store.write(
                Micros.now(store.clock()),
                c -> Sql.update(
                        c,
                        "UPDATE users SET failed_logins = ?, locked_until = ? WHERE username = ?",
                        lock ? 0 : failures,
                        lockedUntil,
                        username),
                lock
                        ? new AuditRecord(
                                "system",
                                "LOCK",
                                "User",
                                username,
                                null,
                                null,
                                "{\"reason\":\"" + FAILURES_BEFORE_LOCK + " failed log-ins\"}")
                        : null);
        if (lock) {
            locked.run();
        }
    }

    public void loginSucceeded(String username) {
        store.directory()
                .find(username)
                .filter(u -> u.failedLogins() > 0)
                .ifPresent(u -> store.write(
                        Micros.now(store.clock()),
                        c -> Sql.update(c, "UPDATE users SET failed_logins = 0 WHERE username = ?", username),
                        null));
    }

    public void unlock(Actor actor, String username) {
        actor.requireRole(Role.ADMINISTRATOR);
        store.directory().require(username);
        store.update(
                actor.username(),
                username,
                "UNLOCK",
                "UPDATE users SET failed_logins = 0, locked_until = 0 WHERE username = ?",
                username);
    }
}
