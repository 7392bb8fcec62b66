package org.backoffice.banking.eod.internal;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.backoffice.banking.eod.EodReportLine;
import org.backoffice.platform.jdbc.Sql;

/**
 * Step 5: the day's figures per branch and currency, from the sub-ledgers and the snapshots, kept in
 * {@code eod_report_lines} as they were when the day closed.
 */
public final class EodReports {
    private EodReports() {}

    public static StepOutcome run(StepContext context) {
        LocalDate date = context.date();
        String day = date.toString();
        List<EodReportLine> lines = lines(context.platform().ledger().readers(), date);
        if (lines.isEmpty()) {
            lines = compute(context, day);
            List<EodReportLine> computed = lines;
            context.platform().change(List.of(), c -> {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO eod_report_lines (business_date,"
                                + " branch, currency, accounts, accruing, accrued, capitalised, fees_charged, fees_count,"
                                + " fees_skipped, snapshots, debits, credits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (EodReportLine line : computed) {
                        insert.setString(1, day);
                        insert.setString(2, line.branch());
                        insert.setString(3, line.currency());
                        insert.setLong(4, line.accounts());
                        insert.setLong(5, line.accruing());
                        insert.setLong(6, line.accrued());
                        insert.setLong(7, line.capitalised());
                        insert.setLong(8, line.feesCharged());
                        insert.setLong(9, line.feesCount());
                        insert.setLong(10, line.feesSkipped());
                        insert.setLong(11, line.snapshots());
                        insert.setLong(12, line.debits());
                        insert.setLong(13, line.credits());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
        }
        List<String> unbalanced = lines.stream()
                .filter(l -> !l.balanced())
                .map(l -> l.branch() + " " + l.currency())
                .toList();
        return new StepOutcome(
                lines.size(),
                unbalanced.isEmpty()
                        ? "trial balance: debits equal credits in every branch and currency"
                        : "trial balance: debits differ from credits in " + String.join(", ", unbalanced));
    }

    public static List<EodReportLine> lines(javax.sql.DataSource readers, LocalDate date) {
        return Sql.query(
                readers,
                "SELECT branch, currency, accounts, accruing, accrued, capitalised, fees_charged, fees_count,"
                        + " fees_skipped, snapshots, debits, credits FROM eod_report_lines WHERE business_date = ?"
                        + " ORDER BY branch, currency",
                rs -> new EodReportLine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getLong(11),
                        rs.getLong(12)),
                date.toString());
    }

    private static List<EodReportLine> compute(StepContext context, String day) {
        var readers = context.platform().ledger().readers();
        Map<String, long[]> figures = new TreeMap<>();
        // [accounts, accruing, accrued, capitalised, feesCharged, feesCount, feesSkipped, snapshots, debits, credits]
        add(
                figures,
                Sql.query(
                        readers,
                        "SELECT branch, currency, COUNT(*) FROM bank_accounts WHERE status <> 'CLOSED' GROUP BY branch, currency",
                        rs -> new Object[] {rs.getString(1), rs.getString(2), new long[] {rs.getLong(3)}}),
                0);
        add(
                figures,
                Sql.query(
                        readers,
                        "SELECT branch, currency, SUM(CASE WHEN day_micros > 0 THEN 1 ELSE 0 END), SUM(posted),"
                                + " SUM(capitalised) FROM eod_accruals WHERE business_date = ? GROUP BY branch, currency",
                        rs -> new Object[] {
                            rs.getString(1), rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)}
                        },
                        day),
                1);
        add(
                figures,
                Sql.query(
                        readers,
                        "SELECT branch, currency, SUM(CASE WHEN charged = 1 THEN amount ELSE 0 END), SUM(charged),"
                                + " SUM(1 - charged) FROM eod_fees WHERE business_date = ? GROUP BY branch, currency",
                        rs -> new Object[] {
                            rs.getString(1), rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)}
                        },
                        day),
                4);
        add(
                figures,
                // The ledger's own account row, whose owner is the branch, is found by its primary key.
                Sql.query(
                        readers,
                        "SELECT a.owner, a.asset_code, COUNT(*), SUM(s.debits), SUM(s.credits) FROM balance_snapshots s"
                                + " JOIN ledger_accounts a ON a.id = s.account_id WHERE s.business_date = ?"
                                + " GROUP BY a.owner, a.asset_code",
                        rs -> new Object[] {
                            rs.getString(1), rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)}
                        },
                        day),
                7);
        return figures.entrySet().stream()
                .map(e -> {
                    String[] key = e.getKey().split("\\|");
                    long[] f = e.getValue();
                    return new EodReportLine(
                            key[0], key[1], f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]);
                })
                .collect(Collectors.toList());
    }

    private static void add(Map<String, long[]> figures, List<Object[]> rows, int offset) {
        for (Object[] row : rows) {
            long[] target = figures.computeIfAbsent(row[0] + "|" + row[1], k -> new long[10]);
            long[] values = (long[]) row[2];
            System.arraycopy(values, 0, target, offset, values.length);
        }
    }
}
