package org.backoffice.bench.ledger;

import org.backoffice.bench.report.Latency;

/** What one load run measured. Latencies are from submit to durable outcome. */
record LoadResult(long transfers, long rejected, double seconds, Latency latency) {
    double tps() {
        return transfers / seconds;
    }
}
