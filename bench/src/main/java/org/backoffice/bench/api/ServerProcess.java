package org.backoffice.bench.api;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Backoffice server in a child JVM, on this JVM's class path, serving the demo organisation on a
 * free local port. Its output goes to a log file; it is stopped when closed, or when this JVM exits.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Process process;
    private final URI base;
    private final Path log;
    private final Thread stopOnExit;

    private ServerProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.stopOnExit = new Thread(process::destroyForcibly, "stop-bench-server");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts {@code mainClass serve --demo} on a free port against {@code dbUrl}. */
    static ServerProcess start(String mainClass, String heap, String dbUrl, Path log) {
        int port = freePort();
        List<String> command = command(mainClass, heap, port, dbUrl);
        try {
            // in the log's directory, so that whatever else the server writes lands there too
            Process process = new ProcessBuilder(command)
                    .directory(log.toAbsolutePath().getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new ServerProcess(process, URI.create("http://127.0.0.1:" + port), log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the server (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    /** The child's command line: this JVM's java and class path, the server's heap, {@code serve --demo}. */
    static List<String> command(String mainClass, String heap, int port, String dbUrl) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.add("-Xmx" + heap);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(absoluteClassPath(System.getProperty("java.class.path")));
        command.addAll(List.of(mainClass, "serve", "--demo", "--port", Integer.toString(port), "--db", dbUrl));
        return command;
    }

    URI base() {
        return base;
    }

    Path log() {
        return log;
    }

    /** Waits until the server says it is UP; fails early if it exits, late if it never gets there. */
    void awaitHealthy(ApiClient api, String authorization, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with code " + process.exitValue()
                        + " before it was up; its last lines:\n" + tail(20));
            }
            try {
                if (api.healthy(authorization)) {
                    return;
                }
                lastProblem = "/actuator/health did not answer UP";
            } catch (IOException e) {
                lastProblem = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server was not up after " + timeout.toSeconds() + " s (" + lastProblem
                + "); its last lines:\n" + tail(20));
    }

    /** Whether the server is still running; if not, why, with its last lines. */
    String exitedWhy() {
        return process.isAlive()
                ? null
                : "the server exited with code " + process.exitValue() + " during the run; its last lines:\n"
                        + tail(20);
    }

    /** The last lines the server wrote. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // this JVM is already shutting down, and the hook stops the server
        }
    }

    private static String javaBinary() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Relative entries would resolve against the child's directory; make them absolute. */
    private static String absoluteClassPath(String classPath) {
        return String.join(
                File.pathSeparator,
                Arrays.stream(classPath.split(File.pathSeparator))
                        .filter(entry -> !entry.isBlank())
                        .map(entry -> Path.of(entry).toAbsolutePath().toString())
                        .toList());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot find a free port: " + e.getMessage(), e);
        }
    }
}
