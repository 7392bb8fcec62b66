package org.backoffice.banking.reconciliation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry or a posting that no rule matched, until a user explains it.
 *
 * @param entryId the statement entry, for an {@link BreakKind#ENTRY} break
 * @param posting our posting, for a {@link BreakKind#POSTING} break
 * @param side as its own side books it: the correspondent's for an entry, ours for a posting
 * @param age business days from the value date to today
 * @param effect what the item adds to "book balance less statement balance", in minor units
 */
public record Break(
        long id,
        String nostro,
        String currency,
        BreakKind kind,
        Long entryId,
        PostingRef posting,
        LocalDate valueDate,
        String side,
        long amount,
        String reference,
        String owner,
        BreakStatus status,
        Resolution resolution,
        String note,
        String correctingDocument,
        Long matchId,
        Instant openedAt,
        Instant resolvedAt,
        String resolvedBy,
        int version,
        int age) {

    public long effect() {
        // Our debit raises the book balance; the correspondent's debit lowers the statement's:
        // either way the book ends up above the statement by the amount.
        return side.equals("DEBIT") ? amount : -amount;
    }

    public boolean open() {
        return status == BreakStatus.OPEN;
    }
}
