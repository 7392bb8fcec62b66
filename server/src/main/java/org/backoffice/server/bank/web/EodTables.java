package org.backoffice.server.bank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.backoffice.banking.eod.EodReport;
import org.backoffice.banking.eod.EodReportLine;
import org.backoffice.banking.eod.EodStepResult;
import org.backoffice.platform.amount.Amount;
import org.backoffice.reporting.ReportTable;
import org.backoffice.reporting.ReportTable.Column;

/** The end-of-day report as a table for the page and the CSV, XLSX and PDF files, and the command line. */
public final class EodTables {
    private EodTables() {}

    /** @param scale the decimal places of a currency */
    public static ReportTable of(EodReport report, ToIntFunction<String> scale) {
        List<List<Object>> rows = new ArrayList<>();
        for (EodReportLine line : report.lines()) {
            int places = scale.applyAsInt(line.currency());
            List<Object> row = new ArrayList<>();
            row.add(line.branch());
            row.add(line.currency());
            row.add(line.accounts());
            row.add(line.accruing());
            row.add(Amount.of(line.currency(), places, line.accrued()));
            row.add(Amount.of(line.currency(), places, line.capitalised()));
            row.add(Amount.of(line.currency(), places, line.feesCharged()));
            row.add(line.feesCount());
            row.add(line.feesSkipped());
            row.add(line.snapshots());
            row.add(Amount.of(line.currency(), places, line.debits()));
            row.add(Amount.of(line.currency(), places, line.credits()));
            row.add(line.balanced() ? "yes" : "NO");
            rows.add(row);
        }
        List<String> subtitle = new ArrayList<>();
        subtitle.add("Business day " + report.run().date() + ", run by "
                + report.run().startedBy() + ", " + report.run().status());
        for (EodStepResult step : report.run().steps()) {
            subtitle.add(step.step().label() + ": " + step.status() + ", " + step.millis() + " ms, " + step.items()
                    + " items" + (step.detail() == null ? "" : " (" + step.detail() + ")"));
        }
        return new ReportTable(
                "End of day " + report.run().date(),
                subtitle,
                List.of(
                        Column.text("Branch"),
                        Column.text("Currency"),
                        Column.amount("Accounts"),
                        Column.amount("Accruing"),
                        Column.amount("Accrued today"),
                        Column.amount("Capitalised"),
                        Column.amount("Fees charged"),
                        Column.amount("Fees"),
                        Column.amount("Fees skipped"),
                        Column.amount("Snapshots"),
                        Column.amount("Debits"),
                        Column.amount("Credits"),
                        Column.text("Balanced")),
                rows,
                List.of());
    }
}
