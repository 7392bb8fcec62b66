package org.backoffice.server.bank.api;

import java.math.BigDecimal;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.server.web.Params;

/** Amounts and rates arrive as decimal text; anything else is refused with the field's name. */
final class Decimals {
    private Decimals() {}

    /** The decimal, or null when the text is absent (the service then says the field must be given). */
    static BigDecimal parse(String field, String text) {
        if (text == null) {
            return null;
        }
        if (!text.strip().matches("[+-]?\\d{1,19}(\\.\\d{1,18})?")) {
            throw InvalidDocumentException.of(
                    field, "must be a decimal number such as 12.34, was '" + Params.abbreviated(text) + "'");
        }
        return new BigDecimal(text.strip());
    }
}
