package org.backoffice.banking.clearing;

import java.time.Instant;

/**
 * An incoming payment held in head office's suspense account, and how it left it.
 *
 * @param status OPEN, RETURNED or REROUTED
 * @param resolvedTo the sending bank's BIC for a return, the account for a re-route
 */
public record ClearingException(
        long id,
        long fileId,
        int item,
        String reason,
        String endToEndId,
        String debtorName,
        String debtorIban,
        String debtorBic,
        String creditorName,
        String creditorIban,
        String currency,
        long amount,
        String remittance,
        String status,
        Instant createdAt,
        Long resolutionId,
        String resolvedHow,
        String resolvedTo,
        String proposedBy,
        String resolvedBy,
        Instant resolvedAt) {}
