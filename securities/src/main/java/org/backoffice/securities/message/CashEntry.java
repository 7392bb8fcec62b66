package org.backoffice.securities.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.securities.message.internal.Checks;

/**
 * One booked entry of a cash statement.
 *
 * @param amount signed: positive a credit, negative a debit; never zero
 * @param text free text, may be null
 */
public record CashEntry(String reference, BigDecimal amount, LocalDate valueDate, String text) {
    public CashEntry {
        Checks.text("reference", reference, 35);
        amount = Checks.normal(Checks.present("amount", amount));
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("amount: must not be zero");
        }
        Checks.present("valueDate", valueDate);
        text = Checks.optionalText("text", text, 500);
    }
}
