package org.backoffice.banking.internal;

import java.math.BigDecimal;
import java.util.List;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;

/** The field rules the bank's documents and orders share, each broken rule naming its field. */
public final class FieldRules {
    private FieldRules() {}

    public static void positive(String field, long amount, List<FieldError> errors) {
        if (amount <= 0) {
            errors.add(new FieldError(field, "must be greater than zero"));
        }
    }

    public static void positive(String field, BigDecimal amount, List<FieldError> errors) {
        if (amount == null) {
            errors.add(new FieldError(field, "must be given"));
        } else if (amount.signum() <= 0) {
            errors.add(new FieldError(field, "must be greater than zero"));
        }
    }

    public static void text(String field, String value, int max, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "must be given"));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    /** True when the bank keeps {@code currency}; otherwise adds the error and says false. */
    public static boolean currency(PostingContext context, String field, String currency, List<FieldError> errors) {
        if (currency == null || context.asset(currency).isEmpty()) {
            errors.add(new FieldError(field, "must be a currency the bank keeps, was '" + currency + "'"));
            return false;
        }
        return true;
    }
}
