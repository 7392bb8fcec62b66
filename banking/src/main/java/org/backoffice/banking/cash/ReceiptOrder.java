package org.backoffice.banking.cash;

import java.math.BigDecimal;

/** What a cashier enters for cash paid in: to a client's account (creditIban) or an income account. */
public record ReceiptOrder(
        String desk,
        String currency,
        BigDecimal amount,
        String creditIban,
        String incomeAccount,
        String payer,
        String idDocument,
        String purpose) {}
