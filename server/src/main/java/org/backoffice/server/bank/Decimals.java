package org.backoffice.server.bank;

import java.math.BigDecimal;
import java.util.List;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;

/** Amounts and rates arrive as decimal text; anything else is refused with the field's name. */
public final class Decimals {
    private Decimals() {}

    /** The decimal, or null when the text is absent (the service then says the field must be given). */
    public static BigDecimal parse(String field, String text) {
        if (text == null) {
            return null;
        }
        return required(field, text);
    }

    /** The decimal; absent or malformed text is refused naming the field. */
    public static BigDecimal required(String field, String text) {
        try {
            return Amount.parseDecimal(field, text);
        } catch (IllegalArgumentException e) {
            throw InvalidDocumentException.from(e, field);
        }
    }

    /** The decimal, or null with the field's errors added, so that one form reports all its fields at once. */
    public static BigDecimal parse(String field, String text, List<FieldError> errors) {
        try {
            return required(field, text);
        } catch (InvalidDocumentException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
