package org.backoffice.server.security;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.User;
import org.backoffice.platform.security.Users;

/** The platform's users, as the server signs them in. */
public final class PlatformUserDirectory implements UserDirectory {
    private final Users users;
    private final Clock clock;

    public PlatformUserDirectory(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<LoginUser> find(String username) {
        return users.find(username).map(this::login);
    }

    @Override
    public void loginFailed(String username) {
        users.loginFailed(username);
    }

    @Override
    public void loginSucceeded(String username) {
        users.loginSucceeded(username);
    }

    @Override
    public Optional<LoginUser> byToken(String rawToken) {
        return users.authenticateToken(rawToken).map(this::login);
    }

    private LoginUser login(User user) {
        return new LoginUser(
                user.username(),
                user.passwordHash(),
                user.roles().stream().map(Role::name).collect(Collectors.toSet()),
                user.branches(),
                user.allBranches(),
                !user.enabled() || user.lockedAt(clock.instant()));
    }
}
