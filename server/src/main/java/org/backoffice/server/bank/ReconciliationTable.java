package org.backoffice.server.bank;

import java.util.ArrayList;
import java.util.List;
import org.backoffice.banking.reconciliation.NostroBreaks;
import org.backoffice.banking.reconciliation.ReconciliationReport;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.reporting.ReportTable;
import org.backoffice.reporting.ReportTable.Column;

/** The reconciliation report as a table for the reporting module's CSV, XLSX and PDF writers and the page. */
public final class ReconciliationTable {
    private ReconciliationTable() {}

    public static ReportTable of(ReconciliationReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(line("Statement closing balance (" + report.statementId() + ")", report.statementBalance(), report));
        rows.add(line("Book balance", report.bookBalance(), report));
        rows.add(line("Difference (book less statement)", report.difference(), report));
        rows.add(row("Matched entries", (long) report.matchedCount(), null, null, null, null));
        rows.add(line("Matched money in", report.matchedIn(), report));
        rows.add(line("Matched money out", report.matchedOut(), report));
        rows.add(line("Explained: in transit (matched after the date)", report.inTransit(), report));
        rows.add(line("Explained: resolved breaks", report.resolved(), report));
        rows.add(line("Statement gaps", report.gaps(), report));
        for (Break b : report.openBreaks()) {
            rows.add(row(
                    "Open break " + b.id() + ": " + b.kind() + " " + b.side() + " "
                            + (b.subject() == null ? "" : b.subject()),
                    amount(NostroBreaks.effect(b), report),
                    b.since().toString(),
                    (long) b.age(),
                    b.owner() == null ? "" : b.owner(),
                    null));
        }
        rows.add(line("Open breaks", report.openEffect(), report));
        return new ReportTable(
                "Reconciliation of " + report.nostro(),
                List.of(
                        "Correspondent " + report.correspondentBic() + ", " + report.currency(),
                        "End of " + report.date()),
                List.of(
                        Column.text("Line"),
                        Column.amount("Amount"),
                        Column.text("Value date"),
                        Column.amount("Age (business days)"),
                        Column.text("Owner"),
                        Column.text("Note")),
                rows,
                List.of(row(
                        "Unexplained difference",
                        amount(report.unexplained(), report),
                        null,
                        null,
                        null,
                        report.unexplained() == 0 ? "reconciled" : "not reconciled")));
    }

    private static List<Object> line(String name, long units, ReconciliationReport report) {
        return row(name, amount(units, report), null, null, null, null);
    }

    private static List<Object> row(String a, Object b, Object c, Object d, Object e, Object f) {
        List<Object> row = new ArrayList<>(6);
        row.add(a);
        row.add(b);
        row.add(c);
        row.add(d);
        row.add(e);
        row.add(f);
        return row;
    }

    private static Amount amount(long units, ReconciliationReport report) {
        return Amount.of(report.currency(), report.scale(), units);
    }
}
