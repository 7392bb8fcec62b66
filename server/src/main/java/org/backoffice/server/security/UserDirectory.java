package org.backoffice.server.security;

import java.util.Optional;

/**
 * The users the server authenticates against. The platform module provides the real one (see
 * {@code PlatformBeans}); the server only reads users and reports sign-in outcomes, so that lock-out stays the
 * directory's decision.
 */
public interface UserDirectory {
    /** A directory with no users and no tokens: every sign-in fails. */
    UserDirectory NOBODY = new UserDirectory() {
        @Override
        public Optional<LoginUser> find(String username) {
            return Optional.empty();
        }

        @Override
        public void loginFailed(String username) {}

        @Override
        public void loginSucceeded(String username) {}

        @Override
        public Optional<LoginUser> byToken(String rawToken) {
            return Optional.empty();
        }
    };

    Optional<LoginUser> find(String username);

    /** Called after a wrong password for this name (which may name no user); the directory may lock the user. */
    void loginFailed(String username);

    /** Called after every successful password check: a form sign-in or an API request with HTTP Basic. */
    void loginSucceeded(String username);

    /** The user an API token belongs to, given the token as the client sent it; the directory stores it hashed. */
    Optional<LoginUser> byToken(String rawToken);
}
