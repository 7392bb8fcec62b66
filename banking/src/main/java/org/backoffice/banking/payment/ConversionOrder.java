package org.backoffice.banking.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A client's order to sell an amount of one of their accounts' currency into another of their accounts. */
public record ConversionOrder(
        String debitIban, String creditIban, BigDecimal sellAmount, LocalDate valueDate, String reference) {}
