package org.backoffice.bench.report;

import org.HdrHistogram.Histogram;

/** Percentiles of one measured window, in milliseconds. */
public record Latency(double p50Millis, double p99Millis, double maxMillis) {
    /** A window recorded in nanoseconds; an empty window reads as zeros. */
    public static Latency ofNanos(Histogram histogram) {
        return new Latency(
                histogram.getValueAtPercentile(50) / 1e6,
                histogram.getValueAtPercentile(99) / 1e6,
                histogram.getMaxValue() / 1e6);
    }
}
