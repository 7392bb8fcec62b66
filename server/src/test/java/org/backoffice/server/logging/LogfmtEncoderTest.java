package org.backoffice.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

class LogfmtEncoderTest {
    private final Logger logger = context().getLogger("org.backoffice.test");

    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    private String encode(LoggingEvent event) {
        return new String(new LogfmtEncoder().encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void plainValuesStayBareAndOthersAreQuoted() {
        LoggingEvent event = new LoggingEvent("x", logger, Level.INFO, "posted {} transfers", null, new Object[] {3});
        event.setKeyValuePairs(
                List.of(new KeyValuePair("path", "/api/accounts"), new KeyValuePair("note", "a \"b\" c=d")));

        String line = encode(event);

        assertThat(line)
                .startsWith("time=")
                .contains(" level=INFO logger=org.backoffice.test ")
                .contains(" msg=\"posted 3 transfers\"")
                .contains(" path=/api/accounts")
                .contains(" note=\"a \\\"b\\\" c=d\"")
                .endsWith("\n");
    }

    @Test
    void aStackTraceStaysOnTheEventsLine() {
        LoggingEvent event =
                new LoggingEvent("x", logger, Level.ERROR, "failed\nbadly", new IllegalStateException("broken"), null);

        String line = encode(event);

        assertThat(line.strip()).doesNotContain("\n");
        assertThat(line)
                .contains("msg=\"failed\\nbadly\"")
                .contains("error=\"java.lang.IllegalStateException: broken\\n");
    }
}
