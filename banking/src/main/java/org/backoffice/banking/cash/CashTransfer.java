package org.backoffice.banking.cash;

import java.time.LocalDate;
import org.backoffice.banking.MoneyBody;

/** Cash collection: cash moved along a route; {@code desk} only for the routes that touch a desk. */
public record CashTransfer(CashRoute route, String desk, String currency, long amount, LocalDate valueDate)
        implements MoneyBody {}
