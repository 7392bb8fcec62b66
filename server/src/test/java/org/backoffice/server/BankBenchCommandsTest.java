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

/** The bank's benchmarks, run small on SQLite: they run the product's code and end with their machine-readable line. */
class BankBenchCommandsTest {
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
    void paymentsImportsAFileThroughTheProductsImportInItsChunks() {
        assertThat(BackofficeCli.execute("bench", "payments", "--count", "300", "--url", dir.toString()))
                .isZero();

        assertThat(last())
                .matches("bench=payments db=sqlite count=300 chunk=10000 seconds=\\d+\\.\\d payments_per_s=\\d+"
                        + " heap_mb=\\d+");
    }

    @Test
    void aHeavyEndOfDayCapitalisesInterestAndChargesMonthlyFees() {
        assertThat(BackofficeCli.execute("bench", "eod", "--accounts", "40", "--day", "heavy", "--url", dir.toString()))
                .isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("; [1-9]\\d* accounts credited with their interest")
                .contains("32 fees charged, 0 skipped");
        assertThat(last())
                .matches("bench=eod db=sqlite accounts=40 day=heavy seconds=\\d+\\.\\d 2026-11-30_s=\\d+\\.\\d"
                        + " 2026-12-01_s=\\d+\\.\\d heap_mb=\\d+");
    }

    @Test
    void aDayThatIsNeitherLightNorHeavyIsRefused() {
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(BackofficeCli.execute("bench", "eod", "--accounts", "10", "--day", "busy", "--url", dir.toString()))
                .isNotZero();
    }

    private String last() {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.getLast();
    }
}
