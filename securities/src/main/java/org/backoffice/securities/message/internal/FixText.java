package org.backoffice.securities.message.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.backoffice.securities.message.FixMessageException;

/** FIX dates (LocalMktDate yyyyMMdd) and UTC timestamps (yyyyMMdd-HH:mm:ss[.fraction]), parsed by hand for speed. */
public final class FixText {
    private FixText() {}

    public static LocalDate date(String label, String text) {
        if (text.length() != 8) {
            throw new FixMessageException(label + ": must be a date yyyyMMdd, was " + text);
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 4, 6), digits(text, 6, 8));
        } catch (RuntimeException e) {
            throw new FixMessageException(label + ": must be a date yyyyMMdd, was " + text);
        }
    }

    public static Instant timestamp(String label, String text) {
        try {
            if (text.length() < 17 || text.charAt(8) != '-' || text.charAt(11) != ':' || text.charAt(14) != ':') {
                throw new IllegalArgumentException();
            }
            int nanos = 0;
            if (text.length() > 17) {
                int digits = text.length() - 18;
                if (text.charAt(17) != '.' || digits < 1 || digits > 9) {
                    throw new IllegalArgumentException();
                }
                nanos = digits(text, 18, text.length());
                for (int i = digits; i < 9; i++) {
                    nanos *= 10;
                }
            }
            return LocalDateTime.of(
                            digits(text, 0, 4),
                            digits(text, 4, 6),
                            digits(text, 6, 8),
                            digits(text, 9, 11),
                            digits(text, 12, 14),
                            digits(text, 15, 17),
                            nanos)
                    .toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw new FixMessageException(label + ": must be a UTC timestamp yyyyMMdd-HH:mm:ss[.sss], was " + text);
        }
    }

    public static String date(LocalDate date) {
        StringBuilder out = new StringBuilder(8);
        pad(out, date.getYear(), 4);
        pad(out, date.getMonthValue(), 2);
        pad(out, date.getDayOfMonth(), 2);
        return out.toString();
    }

    /** Milliseconds when the instant has no finer part, else micro- or nanoseconds, so nothing is lost. */
    public static String timestamp(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(27);
        pad(out, t.getYear(), 4);
        pad(out, t.getMonthValue(), 2);
        pad(out, t.getDayOfMonth(), 2);
        out.append('-');
        pad(out, t.getHour(), 2);
        out.append(':');
        pad(out, t.getMinute(), 2);
        out.append(':');
        pad(out, t.getSecond(), 2);
        out.append('.');
        int nanos = t.getNano();
        if (nanos % 1_000_000 == 0) {
            pad(out, nanos / 1_000_000, 3);
        } else if (nanos % 1_000 == 0) {
            pad(out, nanos / 1_000, 6);
        } else {
            pad(out, nanos, 9);
        }
        return out.toString();
    }

    private static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
