package org.backoffice.banking.clearing.internal;

import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.Transfer;

/**
 * One item of an incoming clearing file as the platform records it: a payment credited to its
 * beneficiary or held in suspense (with its posting), or an item that could not be used (unreadable,
 * or refused by the ledger) kept for an operator without a posting.
 *
 * @param outcome {@link #CREDITED}, {@link #SUSPENSE}, {@link #UNREADABLE} or {@link #REFUSED}
 * @param id the ledger transaction id, derived from the file and the item's position
 * @param transfer the posting; null for an item that moves nothing
 * @param payment what the file said; null for an unreadable item
 * @param field for an unreadable or refused item, the field its reason is about
 * @param why for a suspense the whole "field: rule" reason; for an unreadable or refused item the rule
 */
public record IncomingItem(
        long fileId,
        int item,
        String head,
        String actor,
        String outcome,
        TransactionId id,
        Transfer transfer,
        ClearingPayment payment,
        long amount,
        String field,
        String why,
        long at) {
    public static final String CREDITED = "CREDITED";
    public static final String SUSPENSE = "SUSPENSE";
    public static final String UNREADABLE = "UNREADABLE";
    public static final String REFUSED = "REFUSED";

    /** Whether it posts: a credit or a suspense, not an item kept only as a row. */
    public boolean books() {
        return transfer != null;
    }
}
