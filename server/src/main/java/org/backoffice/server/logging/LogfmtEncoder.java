package org.backoffice.server.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * Writes each log event as one logfmt line: {@code time=... level=INFO logger=... msg="..." key=value ...}.
 * Structured arguments and MDC entries become keys; a stack trace is escaped onto the same line, so that one event
 * is always one line.
 */
public final class LogfmtEncoder extends EncoderBase<ILoggingEvent> {
    private static final java.util.regex.Pattern UNSAFE_KEY = java.util.regex.Pattern.compile("[^A-Za-z0-9_.-]");

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(160);
        line.append("time=").append(Instant.ofEpochMilli(event.getTimeStamp()));
        line.append(" level=").append(event.getLevel());
        line.append(" logger=").append(event.getLoggerName());
        line.append(" thread=");
        value(line, event.getThreadName());
        line.append(" msg=");
        value(line, event.getFormattedMessage());
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                line.append(' ').append(key(pair.key)).append('=');
                value(line, String.valueOf(pair.value));
            }
        }
        for (Map.Entry<String, String> entry : event.getMDCPropertyMap().entrySet()) {
            line.append(' ').append(key(entry.getKey())).append('=');
            value(line, entry.getValue());
        }
        IThrowableProxy error = event.getThrowableProxy();
        if (error != null) {
            line.append(" error=");
            value(line, ThrowableProxyUtil.asString(error));
        }
        line.append('\n');
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    private static String key(String key) {
        return key == null || key.isEmpty() ? "_" : UNSAFE_KEY.matcher(key).replaceAll("_");
    }

    static void value(StringBuilder line, String value) {
        if (value == null) {
            line.append("null");
            return;
        }
        boolean plain = !value.isEmpty();
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = c > ' ' && c != '"' && c != '=' && c != '\\' && c != 0x7f;
        }
        if (plain) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < ' ' || c == 0x7f) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }
}
