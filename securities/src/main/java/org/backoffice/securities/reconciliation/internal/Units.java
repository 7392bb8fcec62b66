package org.backoffice.securities.reconciliation.internal;

import java.math.BigDecimal;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.InvalidDocumentException;

/** A statement's decimals as the books count them: whole units of a security, minor units of a currency. */
public final class Units {
    private Units() {}

    public static long whole(BigDecimal quantity, String field) {
        try {
            return quantity.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw InvalidDocumentException.of(
                    field, "must be a whole number of units, was " + quantity.toPlainString());
        }
    }

    /** Minor units of the currency; an amount finer than its scale is refused, never rounded. */
    public static long minor(BigDecimal amount, Asset currency, String field) {
        try {
            return Amount.exact(field, amount, currency).units();
        } catch (IllegalArgumentException e) {
            throw InvalidDocumentException.of(
                    field,
                    "has more than " + currency.scale() + " decimal places for "
                            + currency.code().value() + ", was " + amount.toPlainString());
        }
    }
}
