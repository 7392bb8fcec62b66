package org.backoffice.platform.reconciliation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A difference between our books and a statement from outside, until a user explains it. The
 * module that found it (its {@code source}) says what its kinds mean and keys its items; the
 * platform keeps its life: owner, status, resolution and age.
 *
 * @param source the module that found it, e.g. {@code BANKING}, {@code SECURITIES}
 * @param kind the source's kind of difference, e.g. {@code ENTRY}, {@code POSITION}
 * @param item the source's key of what differs, unique within the source: a break is found once
 * @param account the reconciled account as the source names it: a nostro book account, a
 *     safekeeping or cash account
 * @param subject what the difference is about, as users know it: a reference, an ISIN, a currency
 * @param detail what differs, in words, when the kind does not say it all
 * @param asset the asset the amounts count in, when there is one
 * @param side the side that booked a one-sided item (DEBIT or CREDIT), null for a comparison
 * @param amount a one-sided item's amount; for a comparison, theirs less ours
 * @param ours our figure of a comparison, null for a one-sided item
 * @param theirs their figure of a comparison, null for a one-sided item
 * @param since the day its age counts from: the item's value date, or the day it was found
 * @param resolution the source's word for how it was resolved (MATCHED, WRITTEN_OFF, ...), or null
 * @param note the resolution in words
 * @param resolvedWith what explains it: a document number, a match
 * @param openedAt null for a break carried over from before the platform kept it
 * @param age business days from {@code since} to today, or to the day it was resolved
 */
public record Break(
        long id,
        String source,
        String kind,
        String item,
        String branch,
        String account,
        String subject,
        String detail,
        String asset,
        String side,
        long amount,
        Long ours,
        Long theirs,
        LocalDate since,
        String statementRef,
        String owner,
        BreakStatus status,
        String resolution,
        String note,
        String resolvedWith,
        Instant openedAt,
        Instant resolvedAt,
        String resolvedBy,
        int version,
        int age) {

    /** Not resolved yet, assigned or not. */
    public boolean open() {
        return status != BreakStatus.RESOLVED;
    }
}
