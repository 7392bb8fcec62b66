package org.backoffice.platform.statement;

import com.prowidesoftware.swift.model.field.Field;
import com.prowidesoftware.swift.model.field.Field20;
import com.prowidesoftware.swift.model.field.Field25;
import com.prowidesoftware.swift.model.field.Field28C;
import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field62F;
import com.prowidesoftware.swift.model.field.Field86;
import com.prowidesoftware.swift.model.mt.AbstractMT;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;
import com.prowidesoftware.swift.model.mt.mt9xx.MT950;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.backoffice.platform.message.FieldChecks;
import org.backoffice.platform.statement.internal.SwiftText;

/**
 * Writes a statement as one MT940 (customer statement, descriptions in :86:) or MT950 (statement
 * message, descriptions in the :61: supplementary details), for tests and demo data. The statement
 * goes in a single message numbered 1/1: nothing here splits it into 62M/60M pages. What the MT
 * fields cannot hold is refused, not cut: :20: and the :61: references take 16 characters, the
 * supplementary details 34, :86: six lines of 65.
 */
public final class MtCashStatementWriter {
    private static final Pattern TRANSACTION_CODE = Pattern.compile("[SNF][A-Z0-9]{3}");
    private static final String MISCELLANEOUS = "NMSC";
    private static final int LINE = 65;
    private static final int LINES = 6;

    private MtCashStatementWriter() {}

    public static String mt940(AccountStatement statement, String senderBic, String receiverBic) {
        return write(new MT940(bic("senderBic", senderBic), bic("receiverBic", receiverBic)), statement, true);
    }

    public static String mt950(AccountStatement statement, String senderBic, String receiverBic) {
        return write(new MT950(bic("senderBic", senderBic), bic("receiverBic", receiverBic)), statement, false);
    }

    private static String write(AbstractMT mt, AccountStatement statement, boolean narrative) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field20(FieldChecks.text("statementId", statement.statementId(), 16)));
        fields.add(new Field25(statement.account()));
        fields.add(new Field28C().setStatementNumber("1").setSequenceNumber("1"));
        fields.add(new Field60F(balance(statement.openingDate(), statement.currency(), statement.openingBalance())));
        for (int i = 0; i < statement.entries().size(); i++) {
            StatementEntry entry = statement.entries().get(i);
            try {
                fields.add(line(entry, narrative));
                if (narrative && entry.description() != null) {
                    fields.add(narrative(entry.description()));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("entries: entry " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        fields.add(new Field62F(balance(statement.closingDate(), statement.currency(), statement.closingBalance())));
        fields.forEach(mt::addField);
        return mt.message();
    }

    private static String balance(java.time.LocalDate date, String currency, BigDecimal signed) {
        return (signed.signum() < 0 ? "D" : "C") + SwiftText.date(date) + currency + SwiftText.amount(signed.abs());
    }

    private static Field61 line(StatementEntry entry, boolean narrative) {
        String code = entry.transactionCode() == null ? MISCELLANEOUS : entry.transactionCode();
        if (!TRANSACTION_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "transactionCode: must be S, N or F and 3 letters or digits, was " + code);
        }
        String mark = switch (entry.side()) {
            case CREDIT -> entry.reversal() ? "RD" : "C";
            case DEBIT -> entry.reversal() ? "RC" : "D";
        };
        Field61 line = new Field61()
                .setValueDate(SwiftText.date(entry.valueDate()))
                .setEntryDate(SwiftText.monthDay(entry.bookingDate()))
                .setDebitCreditMark(mark)
                .setAmount(SwiftText.amount(entry.amount()))
                .setTransactionType(code.substring(0, 1))
                .setIdentificationCode(code.substring(1))
                .setReferenceForTheAccountOwner(FieldChecks.text("reference", entry.reference(), 16));
        if (entry.servicerReference() != null) {
            line.setReferenceOfTheAccountServicingInstitution(
                    FieldChecks.text("servicerReference", entry.servicerReference(), 16));
        }
        if (!narrative && entry.description() != null) {
            line.setSupplementaryDetails(FieldChecks.text("description", entry.description(), 34));
        }
        return line;
    }

    /** Wraps at spaces so that the reader, joining the lines with a space, gets the text back. */
    private static Field86 narrative(String description) {
        List<String> lines = new ArrayList<>();
        String rest = description.strip();
        while (rest.length() > LINE) {
            int cut = rest.lastIndexOf(' ', LINE);
            cut = cut <= 0 ? LINE : cut;
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        lines.add(rest);
        if (lines.size() > LINES) {
            throw new IllegalArgumentException(
                    "description: takes " + lines.size() + " lines of " + LINE + ", :86: holds " + LINES);
        }
        return new Field86(String.join("\n", lines));
    }

    private static String bic(String field, String bic) {
        return FieldChecks.bic(field, bic);
    }
}
