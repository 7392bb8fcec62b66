package org.backoffice.platform.statement;

import java.math.BigDecimal;
import org.backoffice.platform.statement.internal.Checks;

/**
 * One position of a statement of holdings.
 *
 * @param nominal true: a face amount (FAMT); false: units
 */
public record Holding(String isin, BigDecimal quantity, boolean nominal) {
    public Holding {
        Checks.isin("isin", isin);
        quantity = Checks.normal(Checks.notNegative("quantity", quantity));
    }
}
