package org.backoffice.securities.reconciliation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.Breaks;
import org.backoffice.platform.security.Actor;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;

/** The open breaks counted by owner and age (0-1, 2-5, 6-30 and over 30 business days), with a total row. */
public final class BreakReport {
    private final Breaks breaks;

    public BreakReport(Breaks breaks) {
        this.breaks = breaks;
    }

    public ReportTable table(Actor actor) {
        Map<String, long[]> byOwner = new TreeMap<>();
        long[] total = new long[5];
        for (Break b : breaks.list(actor, BreakQuery.open())) {
            long[] counts = byOwner.computeIfAbsent(b.owner() == null ? "(unassigned)" : b.owner(), k -> new long[5]);
            int bucket = b.age() <= 1 ? 0 : b.age() <= 5 ? 1 : b.age() <= 30 ? 2 : 3;
            counts[bucket]++;
            counts[4]++;
            total[bucket]++;
            total[4]++;
        }
        List<List<Object>> rows = new ArrayList<>();
        byOwner.forEach((owner, counts) -> rows.add(row(owner, counts)));
        return new ReportTable(
                "Open reconciliation breaks",
                List.of("As of " + breaks.today()),
                List.of(
                        ReportTable.Column.text("Owner"),
                        ReportTable.Column.amount("0-1 days"),
                        ReportTable.Column.amount("2-5 days"),
                        ReportTable.Column.amount("6-30 days"),
                        ReportTable.Column.amount("over 30 days"),
                        ReportTable.Column.amount("Total")),
                rows,
                List.of(row("Total", total)));
    }

    /** The report in a file format. */
    public byte[] file(Actor actor, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(table(actor), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<Object> row(String owner, long[] counts) {
        return List.of(owner, counts[0], counts[1], counts[2], counts[3], counts[4]);
    }
}
