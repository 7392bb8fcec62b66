package org.backoffice.server.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.backoffice.banking.cash.CashBook;
import org.backoffice.banking.cash.CashBookLine;
import org.backoffice.banking.cash.CashBookSection;
import org.backoffice.banking.cash.CloseLine;
import org.backoffice.banking.cash.PieceCount;
import org.backoffice.banking.cash.ShiftSummary;
import org.backoffice.platform.amount.Amount;
import org.backoffice.reporting.ReportTable;

/**
 * A desk's cash book as a report table, for the CSV, XLSX and PDF downloads of the page, the API and
 * the command line: per currency the opening row, every movement, the closing row; then each
 * shift's count by denomination and its difference.
 */
public final class CashBookTable {
    private CashBookTable() {}

    /** @param scale the decimals of a currency, for the shifts' counts of currencies the day did not move */
    public static ReportTable of(CashBook book, ToIntFunction<String> scale) {
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> totals = new ArrayList<>();
        for (CashBookSection section : book.sections()) {
            String currency = section.currency();
            int places = section.scale();
            rows.add(row(
                    section.currency(),
                    null,
                    "",
                    "Opening balance",
                    section.account(),
                    null,
                    null,
                    amount(currency, section.opening(), places)));
            for (CashBookLine line : section.lines()) {
                rows.add(row(
                        section.currency(),
                        line.bookedAt(),
                        line.number(),
                        line.type(),
                        line.counterparty(),
                        line.received() == 0 ? null : amount(currency, line.received(), places),
                        line.paidOut() == 0 ? null : amount(currency, line.paidOut(), places),
                        amount(currency, line.balance(), places)));
            }
            totals.add(row(
                    section.currency(),
                    null,
                    "",
                    "Closing balance",
                    section.ties() ? "ties to the ledger" : "DOES NOT TIE to the ledger",
                    amount(currency, section.received(), places),
                    amount(currency, section.paidOut(), places),
                    amount(currency, section.closing(), places)));
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
                                + Amount.plain(count.denomination(), scale.applyAsInt(count.currency())),
                        null,
                        null,
                        amount(count.currency(), count.value(), scale.applyAsInt(count.currency()))));
            }
            for (CloseLine line : shift.lines()) {
                int places = scale.applyAsInt(line.currency());
                String kind = line.difference() < 0 ? "Shortage" : line.difference() > 0 ? "Surplus" : "No difference";
                rows.add(row(
                        line.currency(),
                        null,
                        shift.closeNumber() == null ? "" : shift.closeNumber(),
                        kind,
                        who + ": counted " + Amount.plain(line.counted(), places) + ", book "
                                + Amount.plain(line.book(), places),
                        line.difference() > 0 ? amount(line.currency(), line.difference(), places) : null,
                        line.difference() < 0 ? amount(line.currency(), -line.difference(), places) : null,
                        amount(line.currency(), line.counted(), places)));
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

    private static Amount amount(String currency, long units, int scale) {
        return Amount.of(currency, scale, units);
    }
}
