package org.backoffice.server.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Times document changes from the call into the platform until the change is durable, the ledger's group commit
 * included: {@code backoffice.document.commit{action, outcome}} as a histogram, from which Prometheus gives any
 * percentile ({@code histogram_quantile(0.99, ...)}). The ledger's own counters give batch averages only; this is
 * where the latency distribution a caller sees comes from.
 */
@Component
public class CommitTimer {
    public static final String NAME = "backoffice.document.commit";

    private final MeterRegistry registry;

    public CommitTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code change} and records its duration under {@code action}, whether it succeeded or was refused. */
    public <T> T record(String action, Supplier<T> change) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "refused";
        try {
            T result = change.get();
            outcome = "done";
            return result;
        } finally {
            sample.stop(Timer.builder(NAME)
                    .description("Document changes until durable, ledger commit included")
                    .tag("action", action)
                    .tag("outcome", outcome)
                    .publishPercentileHistogram()
                    .register(registry));
        }
    }
}
