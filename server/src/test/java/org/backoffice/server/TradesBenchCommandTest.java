package org.backoffice.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backoffice.server.cli.BackofficeCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench trades}, run small on SQLite: it captures, instructs and settles through the
 * product's import paths and ends with its machine-readable line.
 */
class TradesBenchCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    @Test
    void aDayOfTradesIsCapturedInstructedAndSettledFromItsConfirmations() {
        assertThat(BackofficeCli.execute(
                        "bench", "trades", "--count", "1500", "--accounts", "20", "--url", dir.toString()))
                .isZero();

        assertThat(console.out())
                .contains("capture: 1,500 trades read, enriched, checked and instructed")
                .contains("settle: 1,500 trades settled from confirmations");
        assertThat(console.lastLine())
                .matches("bench=trades db=sqlite count=1500 capture_s=\\d+\\.\\d settle_s=\\d+\\.\\d heap_mb=\\d+");
    }
}
