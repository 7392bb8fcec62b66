package org.backoffice.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;

/** Runs {@code backoffice ...} in this JVM, as the launcher would, and keeps what it printed. */
final class Cli {
    private Cli() {}

    record Run(int exit, String out, String err) {
        /** The one-time password or token a command printed after {@code label}. */
        String secretAfter(String label) {
            Matcher matcher =
                    Pattern.compile(Pattern.quote(label) + "\\s*(\\S+)").matcher(out);
            if (!matcher.find()) {
                throw new AssertionError("no '" + label + "' in:\n" + out);
            }
            return matcher.group(1);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static synchronized Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = BackofficeCli.execute(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code args} with {@code --db url} added. */
    static Run on(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(url);
        return run(all.toArray(String[]::new));
    }

    /** The platform on the database, opened as the commands open it, to look at what they did. */
    static Platform platform(String url) {
        return Platform.open(PlatformConfig.of(LedgerConfig.of(url), Installation.hasher()));
    }
}
