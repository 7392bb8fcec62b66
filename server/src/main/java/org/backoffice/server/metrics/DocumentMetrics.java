package org.backoffice.server.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.Documents;
import org.springframework.stereotype.Component;

/**
 * Documents by status, {@code backoffice.documents{status}}: one count grouped by status serves every gauge, and
 * is kept for a few seconds so that a scrape costs one query at most.
 */
@Component
public class DocumentMetrics implements MeterBinder {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final Documents documents;
    private Map<DocumentStatus, Long> counts = Map.of();
    private long countedAtNanos;
    private boolean counted;

    public DocumentMetrics(Platform platform) {
        this.documents = platform.documents();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DocumentStatus status : DocumentStatus.values()) {
            Gauge.builder("backoffice.documents", this, metrics -> metrics.count(status))
                    .description("Documents resting in each status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }

    synchronized double count(DocumentStatus status) {
        long now = System.nanoTime();
        if (!counted || now - countedAtNanos > FRESH_FOR.toNanos()) {
            counts = documents.countByStatus();
            countedAtNanos = now;
            counted = true;
        }
        return counts.getOrDefault(status, 0L);
    }
}
