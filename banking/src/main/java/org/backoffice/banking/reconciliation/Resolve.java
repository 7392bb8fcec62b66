package org.backoffice.banking.reconciliation;

/** How a user explains a break. */
public sealed interface Resolve {
    /** Match an entry's break to one of our postings, or a posting's break to a statement entry. */
    record ManualMatch(PostingRef posting, Long entryId, String note) implements Resolve {}

    /** A correcting document was posted; its number is checked against the documents. */
    record Corrected(String documentNumber, String note) implements Resolve {}

    /** Accepted as it is; the reason is required. */
    record WrittenOff(String reason) implements Resolve {}
}
