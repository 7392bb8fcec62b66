package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.backoffice.server.BackofficeApplication;
import org.backoffice.server.BackofficeProperties;
import org.backoffice.server.DatabaseUrl;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backoffice serve}: the web UI and the REST API, until stopped with Ctrl-C or SIGTERM. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the web UI and the REST API; Ctrl-C or SIGTERM stops it.",
        footerHeading = "%nExample:%n",
        footer = {"  backoffice serve --port 8080", "  backoffice serve --demo --data-dir /tmp/backoffice-demo"})
final class ServeCommand implements Callable<Integer> {
    static final String DB_URL_VARIABLE = "BACKOFFICE_DB_URL";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--db",
            description = "JDBC URL of the database, jdbc:sqlite:... or jdbc:postgresql:..." + " (default: $"
                    + DB_URL_VARIABLE + ", else jdbc:sqlite:DATA-DIR/backoffice.db)")
    String db;

    @Option(
            names = "--data-dir",
            defaultValue = "./data",
            description = "directory for the SQLite database and attachments (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--demo", description = "open the demo organisation, whose users' password is \"demo\"")
    boolean demo;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("error: port: must be between 0 and 65535");
            return 1;
        }
        DatabaseUrl database;
        try {
            database = DatabaseUrl.parse(databaseUrl(db, System.getenv(DB_URL_VARIABLE), dataDir));
        } catch (IllegalArgumentException invalid) {
            err.println("error: " + invalid.getMessage());
            return 1;
        }
        ConfigurableApplicationContext context;
        try {
            context = application().run(arguments(database));
        } catch (RuntimeException failure) {
            err.println("error: Backoffice could not start: " + reason(failure, port));
            return 1;
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        // Stopping with a signal is the normal way out, so it ends with 0 rather than the JVM's 128 + signal.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            boolean closedCleanly = false;
                            try {
                                context.close();
                                closedCleanly = true;
                            } finally {
                                System.out.flush();
                                Runtime.getRuntime().halt(closedCleanly ? 0 : 1);
                            }
                        },
                        "backoffice-shutdown"));
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        spec.commandLine().getOut().println(readyLine(actualPort, database, startedSeconds()));
        spec.commandLine().getOut().flush();
        try {
            closed.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            context.close();
        }
        return 0;
    }

    static String databaseUrl(String option, String environment, Path dataDir) {
        if (option != null) {
            return option;
        }
        if (environment != null && !environment.isBlank()) {
            return environment;
        }
        Path data = dataDir == null ? Path.of("./data") : dataDir;
        String directory = data.toString().replace('\\', '/');
        return directory.equals("./data")
                ? BackofficeProperties.DEFAULT_DB_URL
                : "jdbc:sqlite:" + directory + "/backoffice.db";
    }

    static String readyLine(int port, DatabaseUrl database, double startedSeconds) {
        return String.format(
                Locale.ROOT,
                "Backoffice is ready at http://localhost:%d (database: %s, started in %.1f s)",
                port,
                database.display(),
                startedSeconds);
    }

    private String[] arguments(DatabaseUrl database) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + port);
        arguments.add("--backoffice.db-url=" + database.url());
        arguments.add("--backoffice.data-dir=" + dataDir);
        arguments.add("--backoffice.demo=" + demo);
        return arguments.toArray(String[]::new);
    }

    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(BackofficeApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(false);
        return application;
    }

    private static double startedSeconds() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(null);
        return start == null ? 0 : Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }

    /** One line on why the server did not start, from the innermost cause that says something. */
    static String reason(Throwable failure, int port) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortInUseException inUse) {
                return "port " + inUse.getPort() + " is already in use";
            }
            if (cause instanceof java.net.BindException) {
                return "port " + port + " is already in use";
            }
        }
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        return message == null || message.isBlank() ? innermost.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
