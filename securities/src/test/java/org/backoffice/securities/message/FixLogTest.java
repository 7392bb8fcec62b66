package org.backoffice.securities.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixLogTest {
    @TempDir
    Path dir;

    @Test
    void aLogOfOneHundredThousandFillsReadsBack() throws Exception {
        Path log = dir.resolve("FIX.4.4-BROKER-BACKOFFICE.messages.log");
        int fills = 100_000;
        try (FixLogWriter writer = new FixLogWriter(
                Files.newBufferedWriter(log, StandardCharsets.ISO_8859_1), "BROKER", "BACKOFFICE", true)) {
            for (int n = 0; n < fills; n++) {
                writer.write(MessageFixture.fill(n));
            }
        }
        AtomicLong read = new AtomicLong();
        AtomicLong other = new AtomicLong();
        long started = System.nanoTime();
        try (Stream<FixLogLine> lines = FixLogReader.lines(log)) {
            lines.forEach(line -> {
                if (line instanceof FixLogLine.Fill fill) {
                    if (fill.lineNumber() % 9_973 == 0) {
                        assertThat(fill.fill()).isEqualTo(MessageFixture.fill((int) fill.lineNumber() - 1));
                    }
                    read.incrementAndGet();
                } else {
                    other.incrementAndGet();
                }
            });
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("FIX log: read " + read.get() + " fills in " + millis + " ms");
        assertThat(read.get()).isEqualTo(fills);
        assertThat(other.get()).isZero();
    }

    @Test
    void eachLineIsAFillSkippedOrAFailureWithItsNumber() throws Exception {
        Path log = dir.resolve("mixed.messages.log");
        String heartbeat = FixDropCopyTest.frame("35=0|49=BROKER|56=BACKOFFICE|34=1|52=20260302-14:00:00|");
        try (Writer out = Files.newBufferedWriter(log, StandardCharsets.ISO_8859_1)) {
            out.write("20260302-14:00:00.000: " + heartbeat + "\n");
            FixLogWriter writer = new FixLogWriter(out, "BROKER", "BACKOFFICE", false);
            writer.write(MessageFixture.fill(1));
            out.write("garbage\n");
            out.write("\n");
            out.write(writer.message(MessageFixture.fill(2)).replace("31=187.27", "31=187.28") + "\n");
        }
        List<FixLogLine> lines;
        try (Stream<FixLogLine> stream = FixLogReader.lines(log)) {
            lines = stream.toList();
        }
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(new FixLogLine.Skipped(1, "0"));
        assertThat(lines.get(1)).isEqualTo(new FixLogLine.Fill(2, MessageFixture.fill(1)));
        assertThat(lines.get(2)).isInstanceOf(FixLogLine.Failure.class);
        assertThat(((FixLogLine.Failure) lines.get(2)).message()).startsWith("line: must hold a FIX message");
        assertThat(lines.get(3)).isEqualTo(new FixLogLine.Skipped(4, ""));
        assertThat(lines.get(4)).isInstanceOf(FixLogLine.Failure.class);
        assertThat(((FixLogLine.Failure) lines.get(4)).message()).startsWith("tag 10 CheckSum");
        assertThat(lines.get(4).lineNumber()).isEqualTo(5);
    }
}
