package org.backoffice.securities.corporate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetKind;
import org.backoffice.platform.amount.Amount;

/**
 * Cash entitlements in one currency: dividends and coupons, rounded half-even to the currency's
 * scale. Amounts are computed on the whole position and rounded once; a paying agent that rounds
 * per share or per bond can differ by a few minor units.
 */
public final class Entitlements {
    private final Asset currency;

    private Entitlements(Asset currency) {
        this.currency = currency;
    }

    public static Entitlements in(Asset currency) {
        if (currency == null) {
            throw new IllegalArgumentException("currency: is required");
        }
        if (currency.kind() != AssetKind.CURRENCY) {
            throw new IllegalArgumentException(
                    "currency: must be a currency, was " + currency.kind() + " " + currency.code());
        }
        return new Entitlements(currency);
    }

    public Asset currency() {
        return currency;
    }

    /**
     * A cash dividend on the position held at the record date. The gross is position × rate; the
     * tax is the withholding rate applied to the rounded gross, so that gross = tax + net to the cent.
     *
     * @param ratePerShare the dividend per share, in the currency
     * @param withholdingTaxRate a fraction within 0 and 1: 0.15 for 15 %
     */
    public Entitlement dividend(long positionAtRecordDate, BigDecimal ratePerShare, BigDecimal withholdingTaxRate) {
        if (positionAtRecordDate < 0) {
            throw new IllegalArgumentException(
                    "positionAtRecordDate: must not be negative, was " + positionAtRecordDate);
        }
        notNegative("ratePerShare", ratePerShare);
        if (withholdingTaxRate == null) {
            throw new IllegalArgumentException("withholdingTaxRate: is required (zero when nothing is withheld)");
        }
        if (withholdingTaxRate.signum() < 0 || withholdingTaxRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "withholdingTaxRate: must be a fraction within 0 and 1 (0.15 for 15 %), was "
                            + withholdingTaxRate.toPlainString());
        }
        BigDecimal gross = Amount.rounded(
                        "gross",
                        ratePerShare.multiply(BigDecimal.valueOf(positionAtRecordDate)),
                        RoundingMode.HALF_EVEN,
                        currency)
                .decimal();
        BigDecimal tax = Amount.rounded("tax", gross.multiply(withholdingTaxRate), RoundingMode.HALF_EVEN, currency)
                .decimal();
        return new Entitlement(gross, tax, gross.subtract(tax));
    }

    /**
     * The coupon of {@code quantity} bonds of {@code nominal} each for the period from {@code
     * periodStart} to {@code periodEnd}: quantity × nominal × rate / 100 × year fraction. For
     * {@link DayCount#ACT_ACT_ICMA}, use {@link #couponAmount(long, BigDecimal, BigDecimal,
     * DayCount, LocalDate, LocalDate, int)}, which knows the frequency.
     */
    public BigDecimal couponAmount(
            long quantity,
            BigDecimal nominal,
            BigDecimal annualRatePercent,
            DayCount dayCount,
            LocalDate periodStart,
            LocalDate periodEnd) {
        checkCoupon(quantity, nominal, annualRatePercent, dayCount);
        return amount(quantity, nominal, annualRatePercent, dayCount.yearFraction(periodStart, periodEnd));
    }

    /** The coupon of a full period of a bond paying {@code frequency} coupons a year. */
    public BigDecimal couponAmount(
            long quantity,
            BigDecimal nominal,
            BigDecimal annualRatePercent,
            DayCount dayCount,
            LocalDate periodStart,
            LocalDate periodEnd,
            int frequency) {
        checkCoupon(quantity, nominal, annualRatePercent, dayCount);
        return amount(
                quantity,
                nominal,
                annualRatePercent,
                dayCount.yearFraction(periodStart, periodEnd, periodStart, periodEnd, frequency));
    }

    BigDecimal amount(long quantity, BigDecimal nominal, BigDecimal annualRatePercent, YearFraction fraction) {
        BigDecimal yearly = nominal.multiply(BigDecimal.valueOf(quantity))
                .multiply(annualRatePercent)
                .movePointLeft(2);
        return fraction.times(yearly, currency.scale());
    }

    static void checkCoupon(long quantity, BigDecimal nominal, BigDecimal annualRatePercent, DayCount dayCount) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be positive, was " + quantity);
        }
        required("nominal", nominal);
        if (nominal.signum() <= 0) {
            throw new IllegalArgumentException("nominal: must be positive, was " + nominal.toPlainString());
        }
        notNegative("annualRatePercent", annualRatePercent);
        required("dayCount", dayCount);
    }

    private static void notNegative(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + ": must not be negative, was " + value.toPlainString());
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
    }
}
