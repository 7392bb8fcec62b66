package org.backoffice.banking.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a clerk enters for a payment to another bank; the value date is optional. */
public record PaymentOrder(
        String debtorIban,
        String creditorName,
        String creditorIban,
        String creditorBic,
        String currency,
        BigDecimal amount,
        LocalDate valueDate,
        String endToEndId,
        String remittance) {}
