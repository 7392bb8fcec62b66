package org.backoffice.ledger.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A clock that stands still until a test moves it. It can also hold the next reading: the thread
 * that reads it waits until the test lets go, which keeps the ledger's writer busy while a test
 * lines up the requests of one batch.
 */
public final class TestClock extends Clock {
    private static final long HOLD_LIMIT_SECONDS = 30;

    private volatile Instant now;
    private volatile Hold hold;

    public TestClock(Instant start) {
        this.now = start;
    }

    /** Noon UTC on {@code day}. */
    public static TestClock atNoon(LocalDate day) {
        return new TestClock(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Makes the next reading wait in {@link Hold#awaitReader()} until {@link Hold#release()}. */
    public Hold holdNextReading() {
        Hold next = new Hold();
        hold = next;
        return next;
    }

    @Override
    public Instant instant() {
        Hold current = hold;
        if (current != null) {
            hold = null;
            current.block();
        }
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock runs in UTC");
    }

    /** One held reading. */
    public static final class Hold {
        private final CountDownLatch reading = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private void block() {
            reading.countDown();
            await(released, "the test to release the clock");
        }

        /** Waits until some thread reads the clock and is held. */
        public void awaitReader() {
            await(reading, "a thread to read the clock");
        }

        public void release() {
            released.countDown();
        }

        private static void await(CountDownLatch latch, String what) {
            try {
                if (!latch.await(HOLD_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gave up waiting for " + what);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }
}
