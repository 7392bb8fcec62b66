package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error, {@code [#####.....] 512/1024 vouchers 3.2 s}, redrawn in
 * place when standard error is a terminal. Elsewhere (a pipe, a file, a CI log) it draws nothing:
 * the command's own summary says how it went.
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String unit;
    private final long total;
    private final LongSupplier nanoTime;
    private final long started;
    private long done;
    private long drawnAt;
    private int drawnLength;

    Progress(PrintWriter err, boolean terminal, String unit, long total, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.unit = unit;
        this.total = Math.max(0, total);
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.drawnAt = started - REDRAW_NANOS;
    }

    /** A bar on the command's standard error, drawn only if that is a terminal. */
    static Progress start(PrintWriter err, String unit, long total) {
        return new Progress(err, onTerminal(), unit, total, System::nanoTime);
    }

    static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    void advance() {
        update(done + 1);
    }

    void update(long doneNow) {
        done = doneNow;
        long now = nanoTime.getAsLong();
        if (terminal && now - drawnAt >= REDRAW_NANOS) {
            draw(now);
        }
    }

    /** Prints a line of the command's output, taking the bar out of its way first. */
    void println(PrintWriter out, String line) {
        clear();
        out.println(line);
        out.flush();
    }

    /** Leaves the finished bar on its line, with the time taken. */
    @Override
    public void close() {
        if (terminal) {
            draw(nanoTime.getAsLong());
            err.println();
            err.flush();
            drawnLength = 0;
        }
    }

    static String bar(long done, long total, String unit, double seconds) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + unit + " "
                + String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private void draw(long now) {
        String text = bar(done, total, unit, (now - started) / 1e9);
        err.print("\r" + text + " ".repeat(Math.max(0, drawnLength - text.length())));
        err.flush();
        drawnLength = text.length();
        drawnAt = now;
    }

    private void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
            drawnAt = nanoTime.getAsLong() - REDRAW_NANOS;
        }
    }
}
