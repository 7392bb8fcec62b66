package org.backoffice.securities.message;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.backoffice.platform.message.MessageFormatException;
import org.backoffice.securities.message.internal.FixFields;

/**
 * Streams a QuickFIX/J message log ({@code *.messages.log}: one message per line, optionally after
 * a {@code yyyyMMdd-HH:mm:ss.SSS: } timestamp) line by line, so a log of millions of fills is never
 * held in memory. Each line becomes a {@link FixLogLine}: a fill, skipped (no trade) or a failure
 * with its line number; one bad line never stops the rest. Read as ISO-8859-1, the charset FIX
 * engines use, so BodyLength and CheckSum count bytes.
 */
public final class FixLogReader {
    private static final int BUFFER = 1 << 16;

    private FixLogReader() {}

    /** The lines of the log; close the stream (try-with-resources) to close the file. */
    public static Stream<FixLogLine> lines(Path log) {
        BufferedReader reader;
        try {
            reader = new BufferedReader(Files.newBufferedReader(log, StandardCharsets.ISO_8859_1), BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException("FIX log " + log + ": cannot be opened", e);
        }
        Spliterator<FixLogLine> lines =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    private long number;

                    @Override
                    public boolean tryAdvance(Consumer<? super FixLogLine> action) {
                        String text;
                        try {
                            text = reader.readLine();
                        } catch (IOException e) {
                            throw new UncheckedIOException("FIX log " + log + ": line " + (number + 1), e);
                        }
                        if (text == null) {
                            return false;
                        }
                        action.accept(line(++number, text));
                        return true;
                    }
                };
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Reads one log line. */
    public static FixLogLine line(long lineNumber, String text) {
        if (text.isBlank()) {
            return new FixLogLine.Skipped(lineNumber, "");
        }
        int start = text.startsWith("8=") ? 0 : messageStart(text);
        if (start < 0) {
            return new FixLogLine.Failure(
                    lineNumber, "line: must hold a FIX message 8=FIX.4.4 at its start or after a timestamp and ': '");
        }
        try {
            FixFields fields = FixFields.scan(start == 0 ? text : text.substring(start));
            return FixDropCopy.parse(fields)
                    .<FixLogLine>map(fill -> new FixLogLine.Fill(lineNumber, fill))
                    .orElseGet(() -> new FixLogLine.Skipped(lineNumber, fields.msgType()));
        } catch (MessageFormatException e) {
            return new FixLogLine.Failure(lineNumber, e.getMessage());
        }
    }

    private static int messageStart(String text) {
        int at = text.indexOf(": 8=");
        return at < 0 ? -1 : at + 2;
    }
}
