package org.backoffice.server.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A user directory for tests: users and tokens in memory, sign-in outcomes recorded, and a user locked after
 * {@link #LOCK_AFTER} failures in a row, as the platform's directory is expected to do.
 */
public final class InMemoryUserDirectory implements UserDirectory {
    public static final int LOCK_AFTER = 5;

    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final Map<String, LoginUser> users = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Integer> failuresInARow = new ConcurrentHashMap<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    public InMemoryUserDirectory add(String username, String password, Set<String> roles, Set<String> branches) {
        users.put(
                username,
                new LoginUser(username, PASSWORDS.encode(password), roles, branches, branches.isEmpty(), false));
        return this;
    }

    public InMemoryUserDirectory addToken(String token, String username) {
        tokens.put(token, username);
        return this;
    }

    public void lock(String username) {
        users.computeIfPresent(username, (name, user) -> withLocked(user, true));
    }

    public void unlock(String username) {
        users.computeIfPresent(username, (name, user) -> withLocked(user, false));
        failuresInARow.remove(username);
    }

    /** "failed:NAME" and "succeeded:NAME", in the order the server reported them. */
    public List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public Optional<LoginUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public void loginFailed(String username) {
        events.add("failed:" + username);
        if (users.containsKey(username) && failuresInARow.merge(username, 1, Integer::sum) >= LOCK_AFTER) {
            lock(username);
        }
    }

    @Override
    public void loginSucceeded(String username) {
        events.add("succeeded:" + username);
        failuresInARow.remove(username);
    }

    @Override
    public Optional<LoginUser> byToken(String rawToken) {
        return Optional.ofNullable(tokens.get(rawToken)).map(users::get);
    }

    private static LoginUser withLocked(LoginUser user, boolean locked) {
        return new LoginUser(
                user.username(), user.passwordHash(), user.roles(), user.branches(), user.allBranches(), locked);
    }
}
