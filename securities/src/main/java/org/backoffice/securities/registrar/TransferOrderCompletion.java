package org.backoffice.securities.registrar;

import org.backoffice.platform.document.DocumentBody;

/**
 * The body of a transfer order's completion: the order, the instruction it settles and what that
 * reserves, and the registrar's extract (by its SHA-256) that makes the deal legitimate.
 */
public record TransferOrderCompletion(
        long orderId,
        String number,
        long instructionId,
        String reference,
        Long pendingTransaction,
        String currency,
        String extractSha256,
        String extractName)
        implements DocumentBody {}
