package org.backoffice.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backoffice.server.cli.BackofficeCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The bank's benchmarks, run small on SQLite: they run the product's code and end with their machine-readable line. */
class BankBenchCommandsTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    @Test
    void paymentsImportsAFileThroughTheProductsImportInItsChunks() {
        assertThat(BackofficeCli.execute("bench", "payments", "--count", "300", "--url", dir.toString()))
                .isZero();

        assertThat(console.lastLine())
                .matches("bench=payments db=sqlite count=300 chunk=10000 seconds=\\d+\\.\\d payments_per_s=\\d+"
                        + " heap_mb=\\d+");
    }

    @Test
    void aHeavyEndOfDayCapitalisesInterestAndChargesMonthlyFees() {
        assertThat(BackofficeCli.execute("bench", "eod", "--accounts", "40", "--day", "heavy", "--url", dir.toString()))
                .isZero();

        assertThat(console.out())
                .containsPattern("; [1-9]\\d* accounts credited with their interest")
                .contains("32 fees charged, 0 skipped");
        assertThat(console.lastLine())
                .matches("bench=eod db=sqlite accounts=40 day=heavy seconds=\\d+\\.\\d 2026-11-30_s=\\d+\\.\\d"
                        + " 2026-12-01_s=\\d+\\.\\d heap_mb=\\d+");
    }

    @Test
    void aDayThatIsNeitherLightNorHeavyIsRefused() {
        assertThat(BackofficeCli.execute("bench", "eod", "--accounts", "10", "--day", "busy", "--url", dir.toString()))
                .isNotZero();
    }
}
