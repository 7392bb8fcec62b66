package org.backoffice.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code backoffice} command. */
@Command(
        name = "backoffice",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Backoffice: documents that post to one multi-asset double-entry ledger.",
        subcommands = {ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class BackofficeCli implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new BackofficeCli());
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            if (error instanceof IllegalArgumentException) {
                cmd.getErr().println("error: " + error.getMessage());
                return 2;
            }
            cmd.getErr().println("error: " + error);
            return 1;
        });
        return commandLine.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
