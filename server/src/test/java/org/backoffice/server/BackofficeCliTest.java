package org.backoffice.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.backoffice.server.cli.BackofficeCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackofficeCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(BackofficeCli.execute("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("serve")
                .contains("bench")
                .contains("Usage: backoffice");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(BackofficeCli.execute("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("frobnicate");
    }

    @Test
    void aBadOptionValueNamesTheFieldAndExitsTwo() {
        assertThat(BackofficeCli.execute("bench", "ledger", "--db", "oracle")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("db: must be sqlite or postgres");
    }

    @Test
    void benchLedgerPrintsItsFiguresOnSqlite() {
        int exit = BackofficeCli.execute(
                "bench",
                "ledger",
                "--url",
                dir.toString(),
                "--seconds",
                "1",
                "--warmup",
                "0",
                "--baseline-seconds",
                "1",
                "--accounts",
                "20",
                "--clients",
                "2",
                "--window",
                "2");
        assertThat(exit).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("ledger-bench db=sqlite scenario=uniform tps=");
    }
}
