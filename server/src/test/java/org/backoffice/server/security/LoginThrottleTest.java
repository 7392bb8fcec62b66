package org.backoffice.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 5, clock);

    @Test
    void aNameIsRefusedAfterItsLimitUntilItsOldestAttemptIsAMinuteOld() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allows("10.0.0." + i, "alice")).isTrue();
            throttle.record("10.0.0." + i, "alice");
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(throttle.allows("10.0.0.9", "alice")).isFalse();
        assertThat(throttle.allows("10.0.0.9", "ALICE "))
                .as("names compare as typed loosely")
                .isFalse();
        assertThat(throttle.allows("10.0.0.9", "bob")).isTrue();

        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.allows("10.0.0.9", "alice")).isTrue();
    }

    @Test
    void anAddressIsRefusedAfterItsLimitWhateverTheName() {
        for (int i = 0; i < 5; i++) {
            throttle.record("10.0.0.1", "user" + i);
        }

        assertThat(throttle.allows("10.0.0.1", "someone-else")).isFalse();
        assertThat(throttle.allows("10.0.0.1", null)).isFalse();
        assertThat(throttle.allows("10.0.0.2", "someone-else")).isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.allows("10.0.0.1", "someone-else")).isTrue();
    }

    @Test
    void anAttemptWithoutANameCountsForTheAddressOnly() {
        for (int i = 0; i < 5; i++) {
            throttle.record("10.0.0.1", null);
        }

        assertThat(throttle.allows("10.0.0.1", null)).isFalse();
        assertThat(throttle.allows("10.0.0.2", "alice")).isTrue();
    }

    @Test
    void limitsBelowOneAreRefused() {
        assertThatThrownBy(() -> new LoginThrottle(0, 5, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
