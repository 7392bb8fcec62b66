package org.backoffice.banking.eod;

import java.util.List;

/** The report of a completed end of day: the run with its step timings and the figures per branch and currency. */
public record EodReport(EodRun run, List<EodReportLine> lines) {
    public EodReport {
        lines = List.copyOf(lines);
    }

    public boolean balanced() {
        return lines.stream().allMatch(EodReportLine::balanced);
    }
}
