package org.backoffice.server.cli;

import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.User;

/** The user a command acts as, named by its {@code --as} option: their roles and branches apply. */
final class ActingUser {
    private ActingUser() {}

    /** The enabled user named {@code username}; an unknown one is a usage error, a disabled one is refused. */
    static User require(Installation installation, String username) {
        User user = installation
                .platform()
                .users()
                .find(username)
                .orElseThrow(() -> CliError.usage("--as", "there is no user '" + username + "'"));
        if (!user.enabled()) {
            throw CliError.failed("--as", username + " is disabled");
        }
        return user;
    }

    /** The user named by {@code --as}, or {@code otherwise} when none was named. */
    static Actor actor(Installation installation, String username, Actor otherwise) {
        return username == null ? otherwise : require(installation, username).actor();
    }
}
