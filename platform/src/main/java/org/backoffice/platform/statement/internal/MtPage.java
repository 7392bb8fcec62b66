package org.backoffice.platform.statement.internal;

import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field28C;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.mt.AbstractMT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.platform.message.FieldChecks;
import org.backoffice.platform.message.FieldProblem;
import org.backoffice.platform.statement.StatementEntry;

/**
 * One MT940 or MT950 message: a whole statement (60F ... 62F) or one page of a longer one, whose
 * balances are intermediate (60M, 62M).
 */
public record MtPage(
        String reference,
        String account,
        String statementNumber,
        Balance opening,
        Balance closing,
        List<StatementEntry> entries) {

    /** A balance field 60a or 62a; {@code finalBalance} for F (first opening, final closing), false for M. */
    public record Balance(boolean finalBalance, LocalDate date, String currency, BigDecimal signedAmount) {}

    public static MtPage of(AbstractMT mt) {
        List<Tag> tags = mt.getSwiftMessage().getBlock4().getTags();
        String reference = null;
        String account = null;
        String statementNumber = null;
        Balance opening = null;
        Balance closing = null;
        List<StatementEntry> entries = new ArrayList<>();
        Field61 pending = null;
        for (Tag tag : tags) {
            String name = tag.getName();
            if (pending != null && !name.equals("86")) {
                entries.add(entry(pending, null, entries.size() + 1));
                pending = null;
            }
            switch (name) {
                case "20" -> reference = tag.getValue().strip();
                case "25", "25P" ->
                    account = tag.getValue().lines().findFirst().orElse("").strip();
                case "28C" -> statementNumber = new Field28C(tag.getValue()).getStatementNumber();
                case "60F", "60M" -> opening = balance(tag);
                case "62F", "62M" -> closing = balance(tag);
                case "61" -> pending = new Field61(tag.getValue());
                case "86" -> {
                    // An 86 right after a 61 describes that entry; one after the balances describes the statement.
                    if (pending != null) {
                        entries.add(entry(pending, tag.getValue(), entries.size() + 1));
                        pending = null;
                    }
                }
                default -> {}
            }
        }
        if (pending != null) {
            entries.add(entry(pending, null, entries.size() + 1));
        }
        return new MtPage(
                FieldChecks.text(":20:", reference, 16),
                FieldChecks.text(":25:", account, 35),
                FieldChecks.text(":28C:", statementNumber, 5),
                FieldChecks.present(":60F: or :60M:", opening),
                FieldChecks.present(":62F: or :62M:", closing),
                entries);
    }

    private static Balance balance(Tag tag) {
        String field = ":" + tag.getName() + ":";
        String value = tag.getValue().strip();
        if (value.length() < 11) {
            throw new FieldProblem(field, "is not a balance like C260316EUR1234,56: " + value);
        }
        String mark = value.substring(0, 1);
        if (!mark.equals("C") && !mark.equals("D")) {
            throw new FieldProblem(field, "must start with C or D, was " + value);
        }
        BigDecimal amount = SwiftText.amount(field, value.substring(10));
        return new Balance(
                tag.getName().endsWith("F"),
                SwiftText.date(field, value.substring(1, 7)),
                FieldChecks.currency(field, value.substring(7, 10)),
                mark.equals("D") ? amount.negate() : amount);
    }

    private static StatementEntry entry(Field61 line, String narrative, int position) {
        String field = ":61: " + position;
        LocalDate valueDate = SwiftText.date(field + " value date", line.getValueDate());
        String mark = line.getDebitCreditMark();
        boolean reversal = mark != null && mark.startsWith("R");
        StatementEntry.Side side = switch (mark == null ? "" : mark) {
            // A reversed credit takes money out, a reversed debit puts it back.
            case "C", "RD" -> StatementEntry.Side.CREDIT;
            case "D", "RC" -> StatementEntry.Side.DEBIT;
            default -> throw new FieldProblem(field + " mark", "must be C, D, RC or RD, was " + mark);
        };
        String ownerReference = line.getReferenceForTheAccountOwner();
        String type = line.getTransactionType() == null || line.getIdentificationCode() == null
                ? null
                : line.getTransactionType() + line.getIdentificationCode();
        String description = narrative != null
                ? String.join(" ", narrative.strip().lines().map(String::strip).toList())
                : line.getSupplementaryDetails();
        try {
            return new StatementEntry(
                    valueDate,
                    line.getEntryDate() == null || line.getEntryDate().isEmpty()
                            ? null
                            : SwiftText.entryDate(field + " entry date", line.getEntryDate(), valueDate),
                    SwiftText.amount(field + " amount", line.getAmount()),
                    side,
                    reversal,
                    ownerReference,
                    line.getReferenceOfTheAccountServicingInstitution(),
                    type,
                    description);
        } catch (FieldProblem problem) {
            throw problem.field().startsWith(":")
                    ? problem
                    : new FieldProblem(field + " " + problem.field(), problem.reason());
        }
    }
}
