package org.backoffice.server.cli;

import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.User;
import picocli.CommandLine.Option;

/** {@code --as USERNAME}: the user a command acts as; their roles and branches apply. */
final class ActingUser {
    @Option(
            names = "--as",
            paramLabel = "USERNAME",
            description = "the user the command acts as; their roles and branches apply (default: the command line)")
    String username;

    /** The user named by {@code --as}, or {@code otherwise} when none was named. */
    Actor actor(Installation installation, Actor otherwise) {
        return username == null ? otherwise : require(installation, username).actor();
    }

    /** What a command does on the installation, given who acts. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run(Actor actor) throws E;
    }

    /**
     * {@code work} done as the user named by {@code --as} (or {@code otherwise}); the platform's refusal of that user
     * fails the command at {@code --as}.
     */
    <T, E extends Exception> T act(Installation installation, Actor otherwise, Work<T, E> work) throws E {
        Actor actor = actor(installation, otherwise);
        try {
            return work.run(actor);
        } catch (SecurityException refused) {
            throw CliError.failed("--as", refused.getMessage());
        }
    }

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
}
