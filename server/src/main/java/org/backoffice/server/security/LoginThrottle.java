package org.backoffice.server.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts sign-in attempts per user name and per client address over a sliding minute, in memory. A name or an
 * address that reached its limit is refused until its oldest attempt in the window is a minute old. Locking an
 * account for good is the {@link UserDirectory}'s business; this only slows down guessing.
 */
public final class LoginThrottle {
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_KEYS = 100_000;

    private final int perUser;
    private final int perAddress;
    private final Clock clock;
    private final Map<String, ArrayDeque<Long>> attempts = new ConcurrentHashMap<>();

    public LoginThrottle(int perUser, int perAddress, Clock clock) {
        if (perUser < 1 || perAddress < 1) {
            throw new IllegalArgumentException("limit: must be at least 1");
        }
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** Whether another attempt from this address for this name (null when unknown) is allowed now. */
    public boolean allows(String address, String username) {
        long now = clock.millis();
        return below(addressKey(address), perAddress, now)
                && (username == null || below(userKey(username), perUser, now));
    }

    /** Counts one attempt from this address for this name (null when unknown). */
    public void record(String address, String username) {
        long now = clock.millis();
        if (attempts.size() >= MAX_KEYS) {
            forgetIdle(now);
        }
        add(addressKey(address), perAddress, now);
        if (username != null) {
            add(userKey(username), perUser, now);
        }
    }

    private boolean below(String key, int limit, long now) {
        ArrayDeque<Long> times = attempts.get(key);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            expire(times, now);
            return times.size() < limit;
        }
    }

    private void add(String key, int limit, long now) {
        ArrayDeque<Long> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            if (times.size() >= limit) {
                times.removeFirst();
            }
            times.addLast(now);
        }
    }

    private void forgetIdle(long now) {
        attempts.values().removeIf(times -> {
            synchronized (times) {
                expire(times, now);
                return times.isEmpty();
            }
        });
    }

    private static void expire(ArrayDeque<Long> times, long now) {
        long oldest = now - WINDOW.toMillis();
        while (!times.isEmpty() && times.peekFirst() <= oldest) {
            times.removeFirst();
        }
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String userKey(String username) {
        return "user:" + username.strip().toLowerCase(Locale.ROOT);
    }
}
