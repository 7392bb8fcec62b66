package org.backoffice.banking.eod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One end of day: for which business day, who started it, how it stands, and its steps in order. */
public record EodRun(
        LocalDate date,
        EodStatus status,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        String error,
        List<EodStepResult> steps) {
    public EodRun {
        steps = List.copyOf(steps);
    }

    public boolean completed() {
        return status == EodStatus.DONE;
    }
}
