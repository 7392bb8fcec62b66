package org.backoffice.banking.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a clerk enters for a transfer between the bank's clients; the value date is optional. */
public record TransferOrder(
        String debtorIban,
        String creditorIban,
        String currency,
        BigDecimal amount,
        LocalDate valueDate,
        String reference) {}
