package org.backoffice.banking.eod.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.backoffice.banking.account.Product;

/**
 * Interest arithmetic of the accrual sub-ledger. Each account keeps its accrued interest in
 * micro-units of the currency's minor unit (a millionth of a cent), and the ledger is posted the
 * change of the <em>rounded cumulative</em> accrual: day n posts round(c(n)) - round(c(n-1)), so that
 * whatever the number of days, the sum posted is round(c(n)), the rounding of the true total, and
 * never a sum of roundings. Rounding each day's interest instead would drift: 2.74 cents a day rounds
 * to 3, and after 30 days the client would have been paid 90 cents instead of 82.
 */
public final class Interest {
    private static final BigDecimal MICROS_PER_PERCENT = BigDecimal.valueOf(10_000); // 10^6 / 100

    private Interest() {}

    /**
     * A balance's interest over {@code days} days, in micro-units: balance × rate / 100 × days /
     * year days, rounded half-even to the micro-unit (an error below 10^-6 of a cent a day).
     */
    public static long micros(long balance, Product product, long days) {
        if (balance <= 0 || days <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(balance)
                .multiply(product.annualRatePercent())
                .multiply(BigDecimal.valueOf(days))
                .multiply(MICROS_PER_PERCENT)
                .divide(BigDecimal.valueOf(product.dayCount().yearDays()), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    /** Micro-units rounded half-even to the minor unit. */
    public static long rounded(long micros) {
        return BigDecimal.valueOf(micros, 6).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
