package org.backoffice.platform.document;

import java.util.List;
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

    /** The ledger transaction the document posts; its id is the document's id. */
    TransactionRequest posting(Document document, B body, PostingContext context);
}
