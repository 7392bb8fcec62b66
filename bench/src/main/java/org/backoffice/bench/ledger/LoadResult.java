package org.backoffice.bench.ledger;

/** What one load run measured. Latencies are from submit to durable outcome. */
record LoadResult(long transfers, long rejected, double seconds, double p50Millis, double p99Millis, double maxMillis) {
    double tps() {
        return transfers / seconds;
    }
}
