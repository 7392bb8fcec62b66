package org.backoffice.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Moments as the pages show them: ISO date and time to the second, in UTC. */
public final class IsoTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'");

    private IsoTime() {}

    public static String of(Instant instant) {
        return instant == null
                ? ""
                : FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
