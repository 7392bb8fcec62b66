package org.backoffice.banking.payment;

import java.time.LocalDate;
import org.backoffice.platform.document.DocumentBody;

/**
 * A client sells one currency for another between two of their own accounts, at the day's rate:
 * {@code buyAmount = sellAmount × rate}, rounded half-even to the bought currency's minor unit.
 * Both legs pass through the bank's currency position accounts.
 *
 * @param rate units of the bought currency for one unit of the sold one, as decimal text
 */
public record CurrencyConversion(
        String debitIban,
        String creditIban,
        String sellCurrency,
        long sellAmount,
        String buyCurrency,
        long buyAmount,
        String rate,
        LocalDate valueDate,
        String reference)
        implements DocumentBody {}
