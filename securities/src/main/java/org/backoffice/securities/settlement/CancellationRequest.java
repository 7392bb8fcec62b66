package org.backoffice.securities.settlement;

import org.backoffice.platform.document.DocumentBody;

/**
 * The body of an instruction's cancellation: which instruction, what it still reserves (released
 * when the cancellation is approved), and why.
 */
public record CancellationRequest(
        long instructionId, String reference, String currency, Long pendingTransaction, String reason)
        implements DocumentBody {}
