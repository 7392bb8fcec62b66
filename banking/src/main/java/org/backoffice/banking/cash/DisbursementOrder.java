package org.backoffice.banking.cash;

import java.math.BigDecimal;

/** What a cashier enters for cash paid out of a client's account; the payee's id document is required. */
public record DisbursementOrder(
        String desk,
        String currency,
        BigDecimal amount,
        String debitIban,
        String payee,
        String idDocument,
        String purpose) {}
