package org.backoffice.ledger;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered transaction ids: 42 bits of milliseconds since 2020-01-01, 10 bits of node, 11 bits
 * of counter. Time order keeps index inserts on the right edge of the B-tree.
 */
public final class TransactionIds {
    private static final long EPOCH_MILLIS = 1_577_836_800_000L;
    private static final int NODE_BITS = 10;
    private static final int COUNTER_BITS = 11;

    private final Clock clock;
    private final long node;
    private final AtomicLong last = new AtomicLong();

    public TransactionIds(Clock clock, int node) {
        if (node < 0 || node >= (1 << NODE_BITS)) {
            throw new IllegalArgumentException("node: must be within 0.." + ((1 << NODE_BITS) - 1));
        }
        this.clock = clock;
        this.node = node;
    }

    public TransactionId next() {
        long stamp = (clock.millis() - EPOCH_MILLIS) << COUNTER_BITS;
        long value = last.updateAndGet(previous -> Math.max(previous + 1, stamp));
        return new TransactionId((value << NODE_BITS) | node);
    }

    /**
     * Reserves {@code count} ids at once, for a submitter that must know them in advance (an import
     * that resumes with the same ids after a crash): the i-th is {@code first + (i << 10)}, and
     * {@link #next} never hands any of them out.
     *
     * @return the first
     */
    public TransactionId reserve(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count: must be 1 or more, was " + count);
        }
        long stamp = (clock.millis() - EPOCH_MILLIS) << COUNTER_BITS;
        long last = this.last.updateAndGet(previous -> Math.max(previous + 1, stamp) + count - 1);
        return new TransactionId(((last - count + 1) << NODE_BITS) | node);
    }

    /** The distance between two consecutive ids of one node: {@link #reserve}'s step. */
    public static long step() {
        return 1L << NODE_BITS;
    }
}
