package org.backoffice.banking.payment;

import java.time.LocalDate;
import org.backoffice.banking.MoneyBody;

/** A transfer between two accounts of the bank's clients, in one currency. Amounts in minor units. */
public record InternalTransfer(
        String debtorIban, String creditorIban, String currency, long amount, LocalDate valueDate, String reference)
        implements MoneyBody {}
