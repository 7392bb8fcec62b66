package org.backoffice.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.backoffice.server.cli.BackofficeCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench trades}, run small on SQLite: it captures, instructs and settles through the
 * product's import paths and ends with its machine-readable line.
 */
class TradesBenchCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
    }

    @Test
    void aDayOfTradesIsCapturedInstructedAndSettledFromItsConfirmations() {
        assertThat(BackofficeCli.execute(
                        "bench", "trades", "--count", "1500", "--accounts", "20", "--url", dir.toString()))
                .isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("capture: 1,500 trades read, enriched, checked and instructed")
                .contains("settle: 1,500 trades settled from confirmations");
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getLast())
                .matches("bench=trades db=sqlite count=1500 capture_s=\\d+\\.\\d settle_s=\\d+\\.\\d heap_mb=\\d+");
    }
}
