package org.backoffice.cli.spi;

/**
 * Commands a module adds to the {@code backoffice} command line, so that the application need not depend on the
 * module to offer them: the command line finds every provider on the class path with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/org.backoffice.cli.spi.CommandProvider} file in the module's jar).
 */
public interface CommandProvider {
    /**
     * The command, a picocli {@code @Command} object, to add under {@code backoffice} by its own name. Its usage
     * errors are {@code IllegalArgumentException("--option: what is wrong")}, as the command line's own.
     */
    Object command(CommandContext context);
}
