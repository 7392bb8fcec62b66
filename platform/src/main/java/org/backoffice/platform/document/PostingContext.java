package org.backoffice.platform.document;

import java.util.Optional;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.organisation.BookAccount;

/** What a document type may look up while validating and posting: accounts and assets. */
public interface PostingContext {
    Optional<BookAccount> account(String number);

    Optional<Asset> asset(String code);
}
