package org.backoffice.cli.spi;

import java.util.Objects;
import org.backoffice.platform.security.PasswordHasher;

/**
 * What the command line lends a module's commands.
 *
 * @param hasher the password hasher of an installation, for a command that creates one
 * @param mainClass the class whose {@code main} runs {@code backoffice}, for a command that starts it in a child JVM
 */
public record CommandContext(PasswordHasher hasher, String mainClass) {
    public CommandContext {
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(mainClass, "mainClass");
    }
}
