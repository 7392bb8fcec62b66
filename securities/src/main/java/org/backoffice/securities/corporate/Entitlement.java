package org.backoffice.securities.corporate;

import java.math.BigDecimal;

/**
 * A holder's cash entitlement from a distribution: what the issuer pays, the tax withheld at source
 * and what is credited.
 *
 * @param gross the amount before tax, at the currency's scale
 * @param tax the tax withheld
 * @param net gross − tax
 */
public record Entitlement(BigDecimal gross, BigDecimal tax, BigDecimal net) {
    public Entitlement {
        if (gross == null || tax == null || net == null) {
            throw new IllegalArgumentException("gross: gross, tax and net are required");
        }
        if (gross.signum() < 0) {
            throw new IllegalArgumentException("gross: must not be negative, was " + gross.toPlainString());
        }
        if (tax.signum() < 0 || tax.compareTo(gross) > 0) {
            throw new IllegalArgumentException(
                    "tax: must be within 0 and the gross amount, was " + tax.toPlainString());
        }
        if (net.compareTo(gross.subtract(tax)) != 0) {
            throw new IllegalArgumentException("net: must be gross − tax, was " + net.toPlainString());
        }
    }
}
