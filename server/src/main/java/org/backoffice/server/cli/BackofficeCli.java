package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.backoffice.cli.spi.CommandContext;
import org.backoffice.cli.spi.CommandProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code backoffice} command. */
@Command(
        name = "backoffice",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Backoffice: documents that post to one multi-asset double-entry ledger.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the operation failed (e.g. an import row rejected, the audit chain broken)",
            "2:bad usage: an unknown command or option, or a value it refuses",
            "3:the database cannot be opened, or holds no installation yet"
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice init --profile bank --organisation \"Northwind Bank\"", "  backoffice serve --port 8080"
        },
        subcommands = {
            ServeCommand.class,
            InitCommand.class,
            UserCommand.class,
            AuditCommand.class,
            CheckCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            ReportCommand.class,
            EodCommand.class
        })
public final class BackofficeCli implements Runnable {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int NO_DATABASE = 3;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * The whole command: its own subcommands, then those of the modules on the class path (the benchmarks' {@code
     * bench}), then {@code help}.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BackofficeCli());
        CommandContext context = new CommandContext(Installation.hasher(), BackofficeCli.class.getName());
        for (CommandProvider provider : ServiceLoader.load(CommandProvider.class)) {
            commandLine.addSubcommand(provider.command(context));
        }
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        return commandLine;
    }

    public static int execute(String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(LocalDate.class, BackofficeCli::date);
        commandLine.setParameterExceptionHandler(BackofficeCli::usageError);
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (error instanceof CliError failure) {
                err.println("error: " + failure.getMessage());
                return failure.exitCode();
            }
            String message = CliError.reason(error);
            err.println("error: " + message);
            return error instanceof IllegalArgumentException ? USAGE : FAILED;
        });
        return commandLine.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("must be a date such as 2026-03-31, was '" + text + "'");
        }
    }

    /** A parent command run without one of its subcommands. */
    static ParameterException subcommandNeeded(CommandSpec spec) {
        String names = String.join(
                ", ",
                spec.subcommands().keySet().stream()
                        .filter(name -> !name.equals("help"))
                        .toList());
        return new ParameterException(spec.commandLine(), "a subcommand is needed: " + names);
    }

    /** Picocli's usage errors as one line: {@code error: --option: what is wrong (see '... --help')}. */
    private static int usageError(ParameterException error, String[] args) {
        CommandLine cmd = error.getCommandLine();
        CommandSpec spec = cmd.getCommandSpec();
        cmd.getErr().println("error: " + describe(error) + " (see '" + spec.qualifiedName() + " --help')");
        cmd.getErr().flush();
        return spec.exitCodeOnInvalidInput();
    }

    static String describe(ParameterException error) {
        if (error instanceof CommandLine.MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            List<ArgSpec> specs = missing.getMissing();
            return specs.stream().map(BackofficeCli::name).collect(Collectors.joining(" | ")) + ": must be given";
        }
        if (error instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            List<String> suggestions = unmatched.getSuggestions();
            String what = first.startsWith("-") ? "unknown option" : "unknown command or argument";
            return first + ": " + what + " of "
                    + error.getCommandLine().getCommandSpec().qualifiedName()
                    + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?");
        }
        String message = error.getMessage() == null ? "invalid" : error.getMessage();
        message = message.replaceFirst("^Invalid value for (option|positional parameter) [^:]*?(\\([^)]*\\))?: ", "");
        ArgSpec arg = error.getArgSpec();
        if (arg != null) {
            String field = name(arg);
            if (message.startsWith(field + ": ")) {
                return message;
            }
            return field + ": " + message;
        }
        return error.getCommandLine().getCommandSpec().name() + ": " + message;
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        if (arg instanceof PositionalParamSpec positional) {
            return positional.paramLabel();
        }
        return String.valueOf(arg);
    }
}
