package org.backoffice.server.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Side;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.server.web.Form;

/**
 * What the journal voucher form holds, as the user typed it: text, so that a wrong value comes back as it was
 * entered. Input names follow the platform's field names ({@code lines[1].amount}), so an error the platform
 * reports lands next to its input.
 *
 * @param formKey the idempotency key of a new voucher's form: sending it twice makes one document
 * @param version the version of the draft being edited; 0 for a new voucher
 */
public record VoucherForm(
        String branch, String date, String asset, String narrative, List<Line> lines, String formKey, int version) {
    static final int MAX_LINES = 100;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d{1,3})]\\.(account|side|amount)");

    public record Line(String account, String side, String amount) {
        static final Line EMPTY = new Line("", "", "");

        /** A line with neither account nor amount; its side alone is only the select's default. */
        public boolean blank() {
            return account.isBlank() && amount.isBlank();
        }
    }

    /** A voucher ready for the platform, and for each of its lines the form line it came from. */
    public record Parsed(LocalDate date, JournalVoucher voucher, List<Integer> formLines) {}

    public VoucherForm {
        branch = clean(branch);
        date = clean(date);
        asset = clean(asset);
        narrative = narrative == null ? "" : narrative;
        lines = List.copyOf(lines);
        formKey = clean(formKey);
    }

    static VoucherForm blank(String branch, LocalDate today, String asset, String formKey) {
        return new VoucherForm(
                branch,
                today.toString(),
                asset,
                "",
                List.of(new Line("", "DEBIT", ""), new Line("", "CREDIT", "")),
                formKey,
                0);
    }

    static VoucherForm of(Document document, int scale) {
        JournalVoucher voucher = document.body(JournalVoucher.class);
        List<Line> lines = voucher.lines().stream()
                .map(l -> new Line(l.account(), l.side().name(), Amount.plain(l.amount(), scale)))
                .toList();
        return new VoucherForm(
                document.branch(),
                document.date().toString(),
                voucher.asset(),
                voucher.narrative(),
                lines,
                "",
                document.version());
    }

    /** The form as posted; lines are taken in the order of their numbers. */
    static VoucherForm posted(Form posted) {
        Map<Integer, String[]> byIndex = new TreeMap<>();
        posted.values().forEach((name, value) -> {
            Matcher field = LINE_FIELD.matcher(name);
            if (field.matches()) {
                String[] line = byIndex.computeIfAbsent(Integer.parseInt(field.group(1)), i -> new String[3]);
                int column = switch (field.group(2)) {
                    case "account" -> 0;
                    case "side" -> 1;
                    default -> 2;
                };
                line[column] = value;
            }
        });
        List<Line> lines = new ArrayList<>();
        for (String[] line : byIndex.values()) {
            if (lines.size() == MAX_LINES) {
                break;
            }
            lines.add(new Line(clean(line[0]).toUpperCase(Locale.ROOT), clean(line[1]), clean(line[2])));
        }
        int version;
        try {
            version = Integer.parseInt(posted.value("version"));
        } catch (NumberFormatException e) {
            version = 0;
        }
        return new VoucherForm(
                posted.text("branch"),
                posted.text("date"),
                posted.text("asset"),
                posted.text("narrative"),
                lines,
                posted.text("formKey"),
                version);
    }

    VoucherForm withLine() {
        if (lines.size() >= MAX_LINES) {
            return this;
        }
        List<Line> more = new ArrayList<>(lines);
        more.add(Line.EMPTY);
        return new VoucherForm(branch, date, asset, narrative, more, formKey, version);
    }

    VoucherForm withoutLine(int index) {
        if (index < 0 || index >= lines.size() || lines.size() <= 1) {
            return this;
        }
        List<Line> fewer = new ArrayList<>(lines);
        fewer.remove(index);
        return new VoucherForm(branch, date, asset, narrative, fewer, formKey, version);
    }

    VoucherForm withVersion(int newVersion) {
        return new VoucherForm(branch, date, asset, narrative, lines, formKey, newVersion);
    }

    /**
     * Reads the text into a voucher, or says what cannot be read: a date that is no date, a side that is neither,
     * an amount that is no number or has more decimals than the asset. Rules about accounts and balance are the
     * platform's. Wholly blank lines are left out.
     */
    Parsed parse(java.util.function.Function<String, java.util.Optional<Asset>> assets, List<FieldError> errors) {
        LocalDate day = null;
        if (date.isEmpty()) {
            errors.add(new FieldError("date", "must be given"));
        } else {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("date", "must be a date as YYYY-MM-DD"));
            }
        }
        java.util.Optional<Asset> known = assets.apply(asset);
        if (known.isEmpty()) {
            errors.add(new FieldError("asset", "must be a defined asset"));
        }
        List<JournalLine> voucherLines = new ArrayList<>();
        List<Integer> formLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            String field = "lines[" + i + "]";
            if (line.account().isBlank()) {
                errors.add(new FieldError(field + ".account", "must be given"));
            }
            Side side = null;
            try {
                side = Side.valueOf(line.side().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + ".side", "must be DEBIT or CREDIT"));
            }
            long units = 0;
            if (known.isPresent()) {
                try {
                    units = Amount.parse("amount", line.amount(), known.get()).units();
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(
                            field + ".amount", FieldError.parse(e.getMessage()).message()));
                }
            }
            voucherLines.add(new JournalLine(line.account(), side, units));
            formLines.add(i);
        }
        return new Parsed(day, new JournalVoucher(asset, narrative.strip(), voucherLines), formLines);
    }

    /** The platform's field names refer to the voucher's lines; the form may have blank lines between them. */
    static List<FieldError> onForm(List<FieldError> errors, List<Integer> formLines) {
        Pattern line = Pattern.compile("lines\\[(\\d+)](.*)");
        List<FieldError> mapped = new ArrayList<>();
        for (FieldError error : errors) {
            Matcher matcher = error.field() == null ? null : line.matcher(error.field());
            if (matcher != null && matcher.matches()) {
                int index = Integer.parseInt(matcher.group(1));
                if (index < formLines.size()) {
                    mapped.add(
                            new FieldError("lines[" + formLines.get(index) + "]" + matcher.group(2), error.message()));
                    continue;
                }
            }
            mapped.add(error);
        }
        return mapped;
    }

    /** A digest of what the form asks for: the same key with other content is refused by the platform. */
    String digest(boolean submit) {
        StringBuilder text = new StringBuilder()
                .append(branch)
                .append('\n')
                .append(date)
                .append('\n')
                .append(asset)
                .append('\n')
                .append(narrative.strip())
                .append('\n')
                .append(submit);
        for (Line line : lines) {
            text.append('\n')
                    .append(line.account())
                    .append('\t')
                    .append(line.side())
                    .append('\t')
                    .append(line.amount());
        }
        return org.backoffice.platform.Sha256.hex(text.toString());
    }

    /**
     * Errors by input name, as {@link Form#byInput} places them: a whole line's error at its account, a key sent before
     * with other content said in the user's words.
     */
    Map<String, String> errorsByInput(List<FieldError> errors) {
        Set<String> inputs = new HashSet<>(List.of("branch", "date", "asset", "narrative", "lines"));
        for (int i = 0; i < lines.size(); i++) {
            inputs.add("lines[" + i + "].account");
            inputs.add("lines[" + i + "].side");
            inputs.add("lines[" + i + "].amount");
        }
        List<FieldError> placed = new ArrayList<>();
        for (FieldError error : errors) {
            if (error.field() != null
                    && error.field().matches("lines\\[\\d+]")
                    && inputs.contains(error.field() + ".account")) {
                placed.add(new FieldError(error.field() + ".account", error.message()));
            } else if ("Idempotency-Key".equals(error.field())) {
                placed.add(new FieldError(null, "This form was sent before with other content; open a new form."));
            } else {
                placed.add(error);
            }
        }
        return Form.byInput(placed, inputs);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
