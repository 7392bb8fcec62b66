package org.backoffice.platform.security;

/** A user changes their own password; an administrator resets one to a one-time password. */
public final class Passwords {
    private final UserStore store;
    private final PasswordHasher hasher;

    Passwords(UserStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /** A user changes their own password, giving the current one. */
    public void change(String username, CharSequence current, CharSequence replacement) {
        User user = store.directory().require(username);
        if (!hasher.matches(current, user.passwordHash())) {
            throw new IllegalArgumentException("currentPassword: does not match");
        }
        PasswordPolicy.check(replacement);
        if (hasher.matches(replacement, user.passwordHash())) {
            throw new IllegalArgumentException("newPassword: must differ from the current one");
        }
        store.update(
                username,
                username,
                "CHANGE_PASSWORD",
                "UPDATE users SET password_hash = ?, must_change_password = ? WHERE username = ?",
                hasher.hash(replacement),
                false,
                username);
    }

    /** An administrator sets a new one-time password, returned once; it also lifts a lock. */
    public String reset(Actor actor, String username) {
        actor.requireRole(Role.ADMINISTRATOR);
        store.directory().require(username);
        String password = Secrets.oneTimePassword();
        store.update(
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
}
