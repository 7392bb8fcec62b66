package org.backoffice.banking.reconciliation;

import java.time.LocalDate;
import java.util.Set;
import org.backoffice.ledger.Side;

/**
 * One of the bank's postings on a nostro book account, as the matching rules see it.
 *
 * @param side DEBIT when the bank booked money coming into the nostro (the correspondent credits
 *     the account), CREDIT when it booked money going out
 * @param documentNumber the posting document's number, null for a movement that has no document
 * @param references what a correspondent's entry may quote for it: the ledger memo's reference
 *     (a payment's end-to-end id), the document number, a journal voucher's narrative
 */
public record NostroPosting(
        PostingRef ref,
        LocalDate valueDate,
        Side side,
        long amount,
        String memoReference,
        String documentNumber,
        Set<String> references) {
    public NostroPosting {
        references = Set.copyOf(references);
    }

    public boolean quotes(String reference) {
        return references.stream().anyMatch(r -> r.equalsIgnoreCase(reference));
    }

    /** The reference to show: the document number when there is one. */
    public String shownReference() {
        return documentNumber != null ? documentNumber : memoReference;
    }
}
