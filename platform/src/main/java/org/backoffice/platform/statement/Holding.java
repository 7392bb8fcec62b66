package org.backoffice.platform.statement;

import java.math.BigDecimal;
import org.backoffice.platform.message.FieldChecks;

/**
 * One position of a statement of holdings.
 *
 * @param nominal true: a face amount (FAMT); false: units
 */
public record Holding(String isin, BigDecimal quantity, boolean nominal) {
    public Holding {
        FieldChecks.isin("isin", isin);
        quantity = FieldChecks.normal(FieldChecks.notNegative("quantity", quantity));
    }
}
