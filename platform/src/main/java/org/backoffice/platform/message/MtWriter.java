package org.backoffice.platform.message;

import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.mt.AbstractMT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Builds the text block of an MT message tag by tag, sequences opened and closed by name. */
public final class MtWriter {
    private final AbstractMT mt;

    public MtWriter(int type, String senderBic, String receiverBic) {
        mt = AbstractMT.create(
                type, FieldChecks.bic("senderBic", senderBic), FieldChecks.bic("receiverBic", receiverBic));
    }

    public MtWriter start(String sequence) {
        return tag("16R", sequence);
    }

    /**
     * Opens the general block of a one-page statement: page 1 of one, its reference (SEME) and the
     * function NEWM, a new message.
     */
    public MtWriter general(String statementReference) {
        return start("GENL")
                .tag("28E", "1/ONLY")
                .qualified("20C", "SEME", statementReference)
                .tag("23G", "NEWM");
    }

    public MtWriter end(String sequence) {
        return tag("16S", sequence);
    }

    public MtWriter tag(String name, String value) {
        mt.append(new Tag(name, value));
        return this;
    }

    public MtWriter qualified(String name, String qualifier, String content) {
        return tag(name, ":" + qualifier + "//" + content);
    }

    public MtWriter date(String qualifier, LocalDate date) {
        return qualified("98A", qualifier, MtText.date(date));
    }

    public MtWriter dateTime(String qualifier, LocalDateTime time) {
        return qualified("98C", qualifier, MtText.dateTime(time));
    }

    public MtWriter isin(String isin) {
        return tag("35B", "ISIN " + isin);
    }

    public MtWriter quantity(String name, String qualifier, BigDecimal quantity, boolean nominal) {
        return qualified(name, qualifier, (nominal ? "FAMT/" : "UNIT/") + MtText.decimal(quantity));
    }

    public MtWriter amount(String qualifier, String currency, BigDecimal signed) {
        return qualified("19A", qualifier, (signed.signum() < 0 ? "N" : "") + currency + MtText.decimal(signed.abs()));
    }

    public String text() {
        return mt.message();
    }
}
