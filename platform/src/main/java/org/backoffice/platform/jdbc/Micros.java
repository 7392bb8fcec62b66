package org.backoffice.platform.jdbc;

import java.time.Clock;
import java.time.Instant;

/** Instants as microseconds since the epoch, the way the platform's tables keep them. */
public final class Micros {
    private Micros() {}

    public static long of(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    public static long now(Clock clock) {
        return of(clock.instant());
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
    }
}
