package org.backoffice.banking.account;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An account product: what kind of account it opens, the credit interest it pays (percent a year,
 * by its day count) and the fee it charges each month.
 */
public record Product(
        String code,
        String name,
        ProductKind kind,
        BigDecimal annualRatePercent,
        DayCount dayCount,
        BigDecimal monthlyFee) {
    public Product {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,15}")) {
            throw new IllegalArgumentException("code: must be 2 to 16 upper-case letters, digits or _, was " + code);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dayCount, "dayCount");
        if (annualRatePercent == null
                || annualRatePercent.signum() < 0
                || annualRatePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("annualRatePercent: must be within 0..100");
        }
        if (monthlyFee == null || monthlyFee.signum() < 0) {
            throw new IllegalArgumentException("monthlyFee: must be zero or more");
        }
    }
}
