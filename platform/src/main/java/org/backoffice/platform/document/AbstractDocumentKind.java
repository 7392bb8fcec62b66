package org.backoffice.platform.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Transfer;

/**
 * A document type, named once where it is declared: its type, the prefix of its numbers and
 * the class of its body. What it checks, weighs and posts stays each type's own.
 */
public abstract class AbstractDocumentKind<B extends DocumentBody> implements DocumentKind<B> {
    private final String type;
    private final String numberPrefix;
    private final Class<B> bodyClass;

    protected AbstractDocumentKind(String type, String numberPrefix, Class<B> bodyClass) {
        this.type = Objects.requireNonNull(type, "type");
        this.numberPrefix = Objects.requireNonNull(numberPrefix, "numberPrefix");
        this.bodyClass = Objects.requireNonNull(bodyClass, "bodyClass");
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final String numberPrefix() {
        return numberPrefix;
    }

    @Override
    public final Class<B> bodyClass() {
        return bodyClass;
    }

    /** The document's transfer, posted at once (not a reservation); its id is the document's, so it posts once. */
    protected static Transfer transfer(Document document, LocalDate valueDate, List<Posting> postings, Memo memo) {
        return new Transfer(document.id().transactionId(), valueDate, postings, false, null, memo);
    }
}
