package org.backoffice.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps what a command run in this JVM prints on standard output and error during each test, and
 * puts the terminal's streams back after it. Register it with {@code @RegisterExtension}.
 */
public final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    /** What was printed on standard output so far. */
    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What was printed on standard error so far. */
    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The last line printed on standard output: where a benchmark puts its machine-readable figures. */
    public String lastLine() {
        List<String> lines = out().lines().toList();
        return lines.isEmpty() ? "" : lines.getLast();
    }

    /** Forgets what standard output has had so far, to look at the next command's alone. */
    public void resetOut() {
        out.reset();
    }
}
