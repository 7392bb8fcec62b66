package org.backoffice.server.bank.api;

import java.math.BigDecimal;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.InvalidDocumentException;

/** Amounts and rates arrive as decimal text; anything else is refused with the field's name. */
final class Decimals {
    private Decimals() {}

    /** The decimal, or null when the text is absent (the service then says the field must be given). */
    static BigDecimal parse(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Amount.parseDecimal(field, text);
        } catch (IllegalArgumentException e) {
            throw InvalidDocumentException.from(e, field);
        }
    }
}
