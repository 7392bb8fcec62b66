package org.backoffice.platform.document;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionRequest;

/**
 * A document type: how its body is checked, what amount its approval policy weighs, and its
 * posting rule, a pure function from the document to the ledger transaction it posts.
 */
public interface DocumentKind<B extends DocumentBody> {
    /** The type's name, e.g. {@code JournalVoucher}. */
    String type();

    /** The number prefix, e.g. {@code JV} in {@code JV-HO-2026-000001}. */
    String numberPrefix();

    Class<B> bodyClass();

    /** Every broken rule of the body, with the field it concerns; empty when the body is valid. */
    List<FieldError> validate(String branch, B body, PostingContext context);

    String asset(B body);

    /** The amount in minor units of {@link #asset} that the approval policy weighs. */
    long amount(B body);

    /**
     * The ledger transaction the document posts; its id is the document's id. Null when the document
     * moves nothing in the ledger (an amendment of a trade's details, a break resolved without a
     * correcting entry): it then posts its own rows only.
     */
    default TransactionRequest posting(Document document, B body, PostingContext context) {
        return null;
    }

    /** Whether a posted document of this type has a ledger transaction under its id; false when it posts its own rows only. */
    default boolean postsToLedger() {
        return true;
    }

    /**
     * What the document posts, applied all or none: by default its {@link #posting}. A type whose
     * posting is several linked movements (release one reservation, make another) lists them here;
     * the first's id is the document's id.
     */
    default List<TransactionRequest> postings(Document document, B body, PostingContext context) {
        TransactionRequest posting = posting(document, body, context);
        return posting == null ? List.of() : List.of(posting);
    }

    /**
     * Refuses, inside the database transaction the document posts in, what only this type's own
     * rows can tell: an account frozen or a business day closed since the document was checked.
     *
     * @return null to post, else the broken rule as {@code "field: rule"}
     */
    default String refusal(Connection connection, Document document, B body) throws SQLException {
        return null;
    }

    /** Writes this type's own rows in the transaction the document posts in: they commit with it or not at all. */
    default void posted(Connection connection, Document document, B body) throws SQLException {}

    /** Records, in the reversal's transaction, that a posted document of this type was reversed. */
    default void reversed(Connection connection, Document document, B body) throws SQLException {}

    /** The field of the body a ledger rejection of this type's posting concerns, for the maker's error list. */
    default String rejectedField(RejectionReason reason) {
        return reason == RejectionReason.PERIOD_CLOSED ? "date" : "lines";
    }
}
