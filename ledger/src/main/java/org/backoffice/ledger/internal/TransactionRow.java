package org.backoffice.ledger.internal;

/**
 * A transaction header as inserted.
 *
 * @param valueDate as yyyymmdd
 * @param related the pending transfer resolved, or the original reversed; 0 for none
 * @param metadata JSON object text, or null
 */
public record TransactionRow(
        long id,
        int kind,
        int valueDate,
        long bookedAt,
        long pendingId,
        long reversesId,
        long expiresAt,
        String reference,
        String reasonCode,
        String metadata,
        long contentHash) {}
