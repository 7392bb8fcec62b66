package org.backoffice.server.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Side;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.IdempotencyKey;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Actor;

/**
 * Journal vouchers from the rows of a CSV file: the rows that share a {@code voucher} value are
 * one voucher, which goes through {@code Documents.create} as the importing user, so permissions,
 * branches, validation and maker-checker all apply, and it is stored whole or not at all. Each
 * voucher's outcome names the rows and fields at fault.
 *
 * <p>A voucher's idempotency key is the file's digest and its {@code voucher} value, so importing
 * the same file again (with {@code --submit} or without) leaves what it loaded before as it is and
 * loads only what was rejected.
 */
final class JournalVoucherImport {
    static final List<String> COLUMNS =
            List.of("branch", "date", "narrative", "asset", "account", "side", "amount", "voucher");
    private static final int MAX_VOUCHER = 100;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)](?:\\.(\\w+))?");

    /** One voucher's rows; {@code name} is its {@code voucher} value. */
    record Voucher(String name, List<Csv.Row> rows) {
        String label() {
            return (name.isEmpty() ? "without a name" : name) + " (" + ImportCommand.rows(rows) + ")";
        }
    }

    sealed interface Outcome permits Loaded, Valid, Rejected {
        Voucher voucher();
    }

    /** Stored; {@code before} when an earlier import of the same file stored it. */
    record Loaded(Voucher voucher, Document document, boolean before) implements Outcome {}

    /** A dry run found nothing wrong. */
    record Valid(Voucher voucher) implements Outcome {}

    /** Not stored, for these reasons. */
    record Rejected(Voucher voucher, List<String> reasons) implements Outcome {}

    private final Platform platform;
    private final Csv.Table table;
    private final Actor maker;
    private final boolean submit;
    private final boolean dryRun;
    private final String fileDigest;

    JournalVoucherImport(
            Platform platform, Csv.Table table, Actor maker, boolean submit, boolean dryRun, String fileDigest) {
        this.platform = platform;
        this.table = table;
        this.maker = maker;
        this.submit = submit;
        this.dryRun = dryRun;
        this.fileDigest = fileDigest;
    }

    /** The vouchers in the order of their first rows. */
    List<Voucher> vouchers() {
        Map<String, List<Csv.Row>> byName = new LinkedHashMap<>();
        List<Voucher> vouchers = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            String name = table.value(row, "voucher");
            if (name.isEmpty()) {
                vouchers.add(new Voucher("", List.of(row)));
                continue;
            }
            List<Csv.Row> rows = byName.get(name);
            if (rows == null) {
                rows = new ArrayList<>();
                byName.put(name, rows);
                vouchers.add(new Voucher(name, rows));
            }
            rows.add(row);
        }
        return vouchers.stream()
                .map(v -> new Voucher(v.name(), List.copyOf(v.rows())))
                .toList();
    }

    Outcome load(Voucher voucher) {
        List<String> errors = new ArrayList<>();
        Csv.Row first = voucher.rows().get(0);
        if (voucher.name().isEmpty()) {
            errors.add("row " + first.number() + ": voucher: must be given; the rows of one voucher share its value");
        } else if (voucher.name().length() > MAX_VOUCHER) {
            errors.add("row " + first.number() + ": voucher: must be at most " + MAX_VOUCHER + " characters");
        }
        String branch = shared(voucher, "branch", errors);
        String dateText = shared(voucher, "date", errors);
        String narrative = shared(voucher, "narrative", errors);
        String assetCode = shared(voucher, "asset", errors);
        if (branch.isEmpty()) {
            errors.add("row " + first.number() + ": branch: must be given");
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            errors.add("row " + first.number() + ": date: must be a date such as 2026-03-31, was '" + dateText + "'");
        }
        Optional<Asset> asset =
                assetCode.isEmpty() ? Optional.empty() : platform.accounts().asset(assetCode);
        if (asset.isEmpty()) {
            errors.add("row " + first.number() + ": asset: "
                    + (assetCode.isEmpty() ? "must be given" : "'" + assetCode + "' is not defined"));
        }
        List<JournalLine> lines = new ArrayList<>();
        for (Csv.Row row : voucher.rows()) {
            lines.add(line(row, asset, errors));
        }
        if (!errors.isEmpty()) {
            return new Rejected(voucher, errors);
        }
        NewDocument request =
                new NewDocument(JournalVoucherKind.TYPE, branch, date, new JournalVoucher(assetCode, narrative, lines));
        try {
            if (dryRun) {
                platform.documents().check(maker, request);
                return new Valid(voucher);
            }
            DocumentResult result = platform.documents().create(maker, request, submit, key(voucher, request));
            return new Loaded(voucher, result.document(), result.replayed());
        } catch (InvalidDocumentException invalid) {
            return new Rejected(voucher, reasons(voucher, invalid.errors()));
        } catch (SecurityException refused) {
            return new Rejected(voucher, List.of("not allowed: " + refused.getMessage()));
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return new Rejected(voucher, List.of(String.valueOf(refused.getMessage())));
        }
    }

    /** A field every row of a voucher has in common: the first value given; a row with another is an error. */
    private String shared(Voucher voucher, String column, List<String> errors) {
        String value = "";
        int from = 0;
        for (Csv.Row row : voucher.rows()) {
            String cell = table.value(row, column);
            if (cell.isEmpty()) {
                continue;
            }
            if (value.isEmpty()) {
                value = cell;
                from = row.number();
            } else if (!value.equals(cell)) {
                errors.add("row " + row.number() + ": " + column + ": is '" + cell + "' but row " + from + " of the"
                        + " same voucher has '" + value + "'; a voucher has one " + column);
            }
        }
        return value;
    }

    private JournalLine line(Csv.Row row, Optional<Asset> asset, List<String> errors) {
        String account = table.value(row, "account");
        if (account.isEmpty()) {
            errors.add("row " + row.number() + ": account: must be given");
        }
        String sideText = table.value(row, "side");
        Side side = switch (sideText.toUpperCase(Locale.ROOT)) {
            case "DEBIT", "DR", "D" -> Side.DEBIT;
            case "CREDIT", "CR", "C" -> Side.CREDIT;
            default -> {
                errors.add("row " + row.number() + ": side: must be DEBIT or CREDIT, was '" + sideText + "'");
                yield null;
            }
        };
        long amount = 0;
        if (asset.isPresent()) {
            try {
                amount = Amount.parse("amount", table.value(row, "amount"), asset.get())
                        .units();
            } catch (IllegalArgumentException invalid) {
                errors.add("row " + row.number() + ": " + invalid.getMessage());
            }
        }
        return new JournalLine(account, side, amount);
    }

    /** The platform's field errors, with each line's index turned into its row in the file. */
    static List<String> reasons(Voucher voucher, List<FieldError> errors) {
        List<String> reasons = new ArrayList<>();
        for (FieldError error : errors) {
            Matcher line = LINE_FIELD.matcher(error.field());
            if (line.matches()
                    && Integer.parseInt(line.group(1)) < voucher.rows().size()) {
                int row = voucher.rows().get(Integer.parseInt(line.group(1))).number();
                reasons.add(
                        "row " + row + ": " + (line.group(2) == null ? "" : line.group(2) + ": ") + error.message());
            } else if (error.field().equals("lines")) {
                reasons.add(ImportCommand.rows(voucher.rows()) + ": " + error.message());
            } else if (error.field().equals("Idempotency-Key")) {
                reasons.add("voucher: a voucher of this name was loaded from this file before with other content;"
                        + " that one is left as it was");
            } else {
                reasons.add("row " + voucher.rows().get(0).number() + ": " + error.field() + ": " + error.message());
            }
        }
        return reasons;
    }

    private IdempotencyKey key(Voucher voucher, NewDocument request) {
        JournalVoucher body = (JournalVoucher) request.body();
        StringBuilder content = new StringBuilder()
                .append(request.branch())
                .append('\n')
                .append(request.date())
                .append('\n')
                .append(body.asset())
                .append('\n')
                .append(body.narrative());
        for (JournalLine line : body.lines()) {
            content.append('\n')
                    .append(line.account())
                    .append(' ')
                    .append(line.side())
                    .append(' ')
                    .append(line.amount());
        }
        return new IdempotencyKey(
                maker.username(),
                "import:" + fileDigest.substring(0, 32) + ":" + voucher.name(),
                sha256(content.toString()));
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
