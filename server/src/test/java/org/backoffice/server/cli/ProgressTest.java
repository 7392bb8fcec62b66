package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void theBarShowsTheShareDoneTheCountAndTheTime() {
        assertThat(Progress.bar(512, 1024, "vouchers", 3.24))
                .isEqualTo("[###############...............] 512/1024 vouchers 3.2 s");
        assertThat(Progress.bar(0, 10, "entries", 0)).isEqualTo("[..............................] 0/10 entries 0.0 s");
        assertThat(Progress.bar(0, 0, "entries", 0)).startsWith("[##############################] 0/0");
    }

    @Test
    void onATerminalItRedrawsInPlaceAtMostTenTimesASecondAndMakesWayForOutput() {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        Progress progress = new Progress(new PrintWriter(err), true, "vouchers", 4, nanos::get);

        progress.advance(); // drawn: the first
        nanos.addAndGet(10_000_000);
        progress.advance(); // not drawn: too soon
        nanos.addAndGet(200_000_000);
        progress.advance(); // drawn
        progress.println(new PrintWriter(out), "voucher V3: loaded");
        nanos.addAndGet(1_000_000);
        progress.advance(); // drawn again after the line
        progress.close();

        String bar1 = Progress.bar(1, 4, "vouchers", 0);
        String bar3 = Progress.bar(3, 4, "vouchers", 0.21);
        String bar4 = Progress.bar(4, 4, "vouchers", 0.211);
        assertThat(err.toString())
                .isEqualTo("\r" + bar1 + "\r" + bar3 + "\r" + " ".repeat(bar3.length()) + "\r" + "\r" + bar4 + "\r"
                        + bar4 + System.lineSeparator());
        assertThat(out.toString()).isEqualTo("voucher V3: loaded" + System.lineSeparator());
    }

    @Test
    void elsewhereItDrawsNothing() {
        StringWriter err = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        try (Progress progress = new Progress(new PrintWriter(err), false, "entries", 3, nanos::get)) {
            for (int i = 0; i < 3; i++) {
                nanos.addAndGet(1_000_000_000);
                progress.advance();
            }
        }
        assertThat(err.toString()).isEmpty();
    }
}
