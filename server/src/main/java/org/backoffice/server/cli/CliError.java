package org.backoffice.server.cli;

import java.util.Map;
import org.backoffice.platform.document.FieldError;

/**
 * A command that cannot go on: the line {@code error: field: message} for standard error and the
 * process's exit code. Thrown by commands, turned into that line by {@link BackofficeCli}.
 */
final class CliError extends RuntimeException {
    private final int exitCode;

    private CliError(int exitCode, String field, String message) {
        super(field == null ? message : field + ": " + message, null, false, false);
        this.exitCode = exitCode;
    }

    /** The operation failed: exit code 1. */
    static CliError failed(String field, String message) {
        return new CliError(BackofficeCli.FAILED, field, message);
    }

    /** The command line is wrong: exit code 2, as picocli's own usage errors. */
    static CliError usage(String field, String message) {
        return new CliError(BackofficeCli.USAGE, field, message);
    }

    /** The database cannot be opened, or holds no installation: exit code 3. */
    static CliError database(String message) {
        return new CliError(BackofficeCli.NO_DATABASE, "db", message);
    }

    /**
     * A value the platform refused, as a usage error naming the option it came from: the
     * platform's {@code branches: 'XX' does not exist} becomes {@code --branch: 'XX' does not exist}.
     */
    static CliError refused(IllegalArgumentException invalid, Map<String, String> optionsByField) {
        FieldError refused = FieldError.parse(String.valueOf(invalid.getMessage()));
        String option = refused.field() == null ? null : optionsByField.get(refused.field());
        return option == null
                ? new CliError(BackofficeCli.USAGE, null, refused.text())
                : usage(option, refused.message());
    }

    int exitCode() {
        return exitCode;
    }

    /** What the innermost cause that says anything says, on one line. */
    static String reason(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getMessage();
        }
        if (message == null || message.isBlank()) {
            return innermost.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
