package org.backoffice.banking.reconciliation;

/** How an entry was matched to our postings; the automatic rules apply in this order. */
public enum MatchRule {
    /** Same reference, same amount, value dates within {@link ReconciliationSettings#valueDateTolerance()} business days. */
    REFERENCE,
    /** Same amount and value date, and no other unmatched entry or posting has both. */
    AMOUNT_AND_DATE,
    /** Several of our postings with the entry's reference sum to its amount (if {@link ReconciliationSettings#manyToOne()}). */
    MANY_TO_ONE,
    /** A user paired them when resolving a break. */
    MANUAL
}
