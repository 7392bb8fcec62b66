package org.backoffice.securities.reconciliation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A difference between our books and a statement from outside. {@code ours}, {@code theirs} and
 * {@code difference} (theirs less ours) are units of the instrument for positions and
 * transactions, minor units of the currency for cash.
 *
 * @param subject the ISIN (positions), the transaction reference (transactions), the currency or
 *     the entry reference (cash)
 * @param detail what differs, e.g. "missing on our side", "quantity", "closing balance"
 * @param ageDays days from {@code openedOn} to today, or to the resolution
 */
public record Break(
        long id,
        BreakKind kind,
        String branch,
        String account,
        String subject,
        String detail,
        long ours,
        long theirs,
        long difference,
        String statementRef,
        LocalDate openedOn,
        long ageDays,
        String owner,
        BreakStatus status,
        String resolution,
        String resolvedBy,
        Instant resolvedAt) {}
