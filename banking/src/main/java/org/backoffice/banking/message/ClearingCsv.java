package org.backoffice.banking.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.backoffice.banking.message.internal.Csv;
import org.backoffice.platform.message.FieldProblem;

/**
 * The clearing house's CSV of incoming payments (RFC 4180, UTF-8, a header line, then one payment
 * a line). Amounts are plain decimals with a dot ({@code 1250.00}); dates ISO ({@code 2026-03-16});
 * an empty remittance is none. A line that does not fit is reported with its line number and
 * column; the others still load.
 */
public final class ClearingCsv {
    public static final List<String> HEADER = List.of(
            "end_to_end_id",
            "debtor_name",
            "debtor_iban",
            "debtor_bic",
            "creditor_name",
            "creditor_iban",
            "creditor_bic",
            "currency",
            "amount",
            "settlement_date",
            "remittance");

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("endToEndId", "end_to_end_id"),
            Map.entry("debtorName", "debtor_name"),
            Map.entry("debtorIban", "debtor_iban"),
            Map.entry("debtorBic", "debtor_bic"),
            Map.entry("creditorName", "creditor_name"),
            Map.entry("creditorIban", "creditor_iban"),
            Map.entry("creditorBic", "creditor_bic"),
            Map.entry("currency", "currency"),
            Map.entry("amount", "amount"),
            Map.entry("settlementDate", "settlement_date"),
            Map.entry("remittance", "remittance"));

    // No exponent, no thousands separator, no comma decimals: what a clearing file means by a decimal.
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private ClearingCsv() {}

    /** @throws IllegalArgumentException "file: ..." when the header is not {@link #HEADER} */
    public static ParsedFile<ClearingPayment> read(String csv) {
        List<ClearingPayment> payments = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        read(csv, Integer.MAX_VALUE, chunk -> {
            chunk.items().forEach(p -> payments.add(p.value()));
            errors.addAll(chunk.errors());
        });
        return new ParsedFile<>(payments, errors);
    }

    /**
     * Reads the file a chunk of {@code chunkSize} records at a time, each payment with its line, so
     * that a file of a million payments is never held as payments all at once. A repeated end-to-end
     * id is reported against the line that repeats it, whichever chunk the first one was in.
     *
     * @throws IllegalArgumentException "file: ..." when the header is not {@link #HEADER}
     */
    public static void read(String csv, int chunkSize, Consumer<ParsedFile<Numbered<ClearingPayment>>> chunks) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize: must be 1 or more, was " + chunkSize);
        }
        Csv.Cursor cursor = new Csv.Cursor(csv);
        Csv.Row header = cursor.next();
        if (header == null || !HEADER.equals(header.fields())) {
            throw new IllegalArgumentException("file: the first line must be the header " + String.join(",", HEADER));
        }
        Map<String, Integer> lineOfId = new HashMap<>();
        List<Numbered<ClearingPayment>> payments = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        int records = 0;
        for (Csv.Row row = cursor.next(); row != null; row = cursor.next()) {
            try {
                ClearingPayment payment = payment(row);
                Integer earlier = lineOfId.putIfAbsent(payment.endToEndId(), row.line());
                if (earlier != null) {
                    errors.add(new LineError(row.line(), "end_to_end_id", "repeats line " + earlier));
                } else {
                    payments.add(new Numbered<>(row.line(), payment));
                }
            } catch (FieldProblem problem) {
                errors.add(new LineError(
                        row.line(), COLUMNS.getOrDefault(problem.field(), problem.field()), problem.reason()));
            }
            if (++records == chunkSize) {
                chunks.accept(new ParsedFile<>(payments, errors));
                payments.clear();
                errors.clear();
                records = 0;
            }
        }
        if (records > 0) {
            chunks.accept(new ParsedFile<>(payments, errors));
        }
    }

    public static String write(List<ClearingPayment> payments) {
        StringBuilder out = new StringBuilder(Csv.line(HEADER));
        for (ClearingPayment p : payments) {
            out.append(Csv.line(List.of(
                    p.endToEndId(),
                    p.debtorName(),
                    p.debtorIban(),
                    p.debtorBic(),
                    p.creditorName(),
                    p.creditorIban(),
                    p.creditorBic(),
                    p.currency(),
                    p.amount().toPlainString(),
                    p.settlementDate().toString(),
                    p.remittance() == null ? "" : p.remittance())));
        }
        return out.toString();
    }

    private static ClearingPayment payment(Csv.Row row) {
        if (row.error() != null) {
            throw new FieldProblem("", row.error());
        }
        List<String> f = row.fields();
        if (f.size() != HEADER.size()) {
            throw new FieldProblem("", "expected " + HEADER.size() + " fields, found " + f.size());
        }
        return new ClearingPayment(
                f.get(0),
                f.get(1),
                f.get(2),
                f.get(3),
                f.get(4),
                f.get(5),
                f.get(6),
                f.get(7),
                amount(f.get(8)),
                f.get(10),
                date(f.get(9)));
    }

    private static BigDecimal amount(String text) {
        if (text.isBlank()) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new FieldProblem("amount", "is not a decimal number with a dot: " + text);
        }
        return new BigDecimal(text);
    }

    private static LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FieldProblem("settlementDate", "is not a date YYYY-MM-DD: " + text);
        }
    }
}
