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

    private final UserDirectory directory;
    private final UserChanges changes;
    private final Runnable locked;

    Lockout(UserDirectory directory, UserChanges changes, Runnable locked) {
        this.directory = directory;
        this.changes = changes;
        this.locked = locked;
    }

    public void loginFailed(String username) {
        Optional<User> user = directory.find(username);
        if (user.isEmpty()) {
            return;
        }
        int failures = user.get().failedLogins() + 1;
        boolean lock = failures >= FAILURES_BEFORE_LOCK;
        long lockedUntil = lock
                ? Micros.of(changes.clock().instant().plus(LOCK_DURATION))
                : Micros.of(user.get().lockedUntil());
        changes.write(
                Micros.now(changes.clock()),
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
        directory
                .find(username)
                .filter(u -> u.failedLogins() > 0)
                .ifPresent(u -> changes.write(
                        Micros.now(changes.clock()),
                        c -> Sql.update(c, "UPDATE users SET failed_logins = 0 WHERE username = ?", username),
                        null));
    }

    public void unlock(Actor actor, String username) {
        actor.requireRole(Role.ADMINISTRATOR);
        directory.require(username);
        changes.update(
                actor.username(),
                username,
                "UNLOCK",
                "UPDATE users SET failed_logins = 0, locked_until = 0 WHERE username = ?",
                username);
    }
}
