package org.backoffice.server.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.banking.cash.CashBook;
import org.backoffice.banking.cash.CashBookLine;
import org.backoffice.banking.cash.CashBookSection;
import org.backoffice.banking.cash.CloseLine;
import org.backoffice.banking.cash.PieceCount;
import org.backoffice.banking.cash.ShiftSummary;
import org.backoffice.reporting.ReportTable;

/**
 * A desk's cash book as a report table, for the CSV, XLSX and PDF downloads of the page, the API and
 * the command line: per currency the opening row, every movement, the closing row; then each
 * shift's count by denomination and its difference.
 */
public final class CashBookTable {
    private CashBookTable() {}

    public static ReportTable of(CashBook book) {
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> totals = new ArrayList<>();
        for (CashBookSection section : book.sections()) {
            int scale = section.scale();
            rows.add(row(
                    section.currency(),
                    null,
                    "",
                    "Opening balance",
                    section.account(),
                    null,
                    null,
                    amount(section.opening(), scale)));
            for (CashBookLine line : section.lines()) {
                rows.add(row(
                        section.currency(),
                        line.bookedAt(),
                        line.number(),
                        line.type(),
                        line.counterparty(),
                        line.received() == 0 ? null : amount(line.received(), scale),
                        line.paidOut() == 0 ? null : amount(line.paidOut(), scale),
                        amount(line.balance(), scale)));
            }
            totals.add(row(
                    section.currency(),
                    null,
                    "",
                    "Closing balance",
                    section.ties() ? "ties to the ledger" : "DOES NOT TIE to the ledger",
                    amount(section.received(), scale),
                    amount(section.paidOut(), scale),
                    amount(section.closing(), scale)));
        }
        for (ShiftSummary shift : book.shifts()) {
            String who = "Shift " + shift.shift().id() + " of " + shift.shift().cashier() + " ("
                    + shift.shift().status() + ")";
            for (PieceCount count : shift.counts()) {
                rows.add(row(
                        count.currency(),
                        null,
                        shift.closeNumber() == null ? "" : shift.closeNumber(),
                        "Count",
                        who + ": " + count.pieces() + " x "
                                + amount(count.denomination(), 2).toPlainString(),
                        null,
                        null,
                        amount(count.value(), 2)));
            }
            for (CloseLine line : shift.lines()) {
                String kind = line.difference() < 0 ? "Shortage" : line.difference() > 0 ? "Surplus" : "No difference";
                rows.add(row(
                        line.currency(),
                        null,
                        shift.closeNumber() == null ? "" : shift.closeNumber(),
                        kind,
                        who + ": counted " + amount(line.counted(), 2).toPlainString() + ", book "
                                + amount(line.book(), 2).toPlainString(),
                        line.difference() > 0 ? amount(line.difference(), 2) : null,
                        line.difference() < 0 ? amount(-line.difference(), 2) : null,
                        amount(line.counted(), 2)));
            }
        }
        return new ReportTable(
                "Cash book",
                List.of("Desk " + book.desk() + " of branch " + book.branch(), "Business day " + book.date()),
                List.of(
                        ReportTable.Column.text("Currency"),
                        ReportTable.Column.text("Booked at"),
                        ReportTable.Column.text("Document"),
                        ReportTable.Column.text("Type"),
                        ReportTable.Column.text("Counterparty"),
                        ReportTable.Column.amount("Received"),
                        ReportTable.Column.amount("Paid out"),
                        ReportTable.Column.amount("Balance")),
                rows,
                totals);
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }

    private static BigDecimal amount(long units, int scale) {
        return BigDecimal.valueOf(units, scale);
    }
}
