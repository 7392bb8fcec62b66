package org.backoffice.securities.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.backoffice.platform.amount.Amount;

/**
 * Computes CSDR cash penalties (settlement fail penalties) with a {@link PenaltyTable}.
 *
 * <p>Which days count: every business day of the settlement system from the intended settlement
 * date, inclusive, to the day the instruction settles, exclusive — an instruction due on Monday that
 * settles on Wednesday pays for Monday and Tuesday. Non-business days never count; a still failing
 * instruction counts until the end of the period asked for.
 *
 * <p>What the rate applies to: Delegated Regulation (EU) 2017/389, art. 3(2), values every fail
 * at the instrument's reference price, whether it fails for lack of securities or of cash; so a
 * delivery-versus-payment instruction failing for lack of cash pays the cash rate on quantity ×
 * reference price. Only an instruction with no securities leg (a payment free of delivery) pays on
 * its cash amount, following ESMA's CSDR Q&amp;A on the calculation of cash penalties.
 *
 * <p>Rounding: each day's penalty is rounded half-even to the currency's scale; the total is the
 * sum of the days. Which party pays and the netting per participant are the CSD's business and are
 * not modelled here.
 */
public final class CsdrPenalties {
    private static final int BASIS_POINT_DECIMALS = 4;

    private final PenaltyTable table;

    private CsdrPenalties(PenaltyTable table) {
        this.table = table;
    }

    public static CsdrPenalties of(PenaltyTable table) {
        if (table == null) {
            throw new IllegalArgumentException("table: is required");
        }
        return new CsdrPenalties(table);
    }

    public PenaltyTable table() {
        return table;
    }

    /**
     * One day's penalty, unrounded: {@code basis × rate in force on day / 10 000}.
     *
     * @param referencePriceOrCashAmount the value of the failing instruction that day (quantity ×
     *     reference price, or the cash amount of an instruction with no securities leg)
     */
    public static BigDecimal dailyPenalty(
            PenaltyCategory category, BigDecimal referencePriceOrCashAmount, LocalDate day, PenaltyTable table) {
        if (referencePriceOrCashAmount == null) {
            throw new IllegalArgumentException("referencePriceOrCashAmount: is required");
        }
        if (referencePriceOrCashAmount.signum() < 0) {
            throw new IllegalArgumentException("referencePriceOrCashAmount: must not be negative, was "
                    + referencePriceOrCashAmount.toPlainString());
        }
        if (table == null) {
            throw new IllegalArgumentException("table: is required");
        }
        BigDecimal rate = table.rateOn(category, day).dailyRateBasisPoints();
        return referencePriceOrCashAmount.multiply(rate).movePointLeft(BASIS_POINT_DECIMALS);
    }

    /**
     * The penalties of {@code fail} for the business days of fail within {@code from} to {@code
     * toInclusive} (a month's run, say).
     *
     * @param referencePrice the reference price of one unit of the instrument on a day (per art. 3
     *     of 2017/389 and the CSD's method), in the settlement currency; not asked for a fail with
     *     no securities leg
     * @throws IllegalArgumentException if an argument breaks its rule, a price is missing or
     *     negative, or no rate is in force on a day of fail
     */
    public PenaltyAccrual accrue(
            FailingSettlement fail,
            LocalDate from,
            LocalDate toInclusive,
            BusinessDayPredicate businessDays,
            Function<LocalDate, BigDecimal> referencePrice) {
        if (fail == null) {
            throw new IllegalArgumentException("fail: is required");
        }
        if (from == null) {
            throw new IllegalArgumentException("from: is required");
        }
        if (toInclusive == null) {
            throw new IllegalArgumentException("toInclusive: is required");
        }
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("toInclusive: must not be before from " + from + ", was " + toInclusive);
        }
        if (businessDays == null) {
            throw new IllegalArgumentException("businessDays: is required");
        }
        if (referencePrice == null) {
            throw new IllegalArgumentException("referencePrice: is required");
        }
        LocalDate first = from.isAfter(fail.intendedSettlementDate()) ? from : fail.intendedSettlementDate();
        LocalDate end = fail.settledOn() != null && fail.settledOn().isBefore(toInclusive.plusDays(1))
                ? fail.settledOn()
                : toInclusive.plusDays(1);
        List<PenaltyLine> lines = new ArrayList<>();
        BigDecimal total = Amount.zero(fail.currency()).decimal();
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            if (!businessDays.isBusinessDay(day)) {
                continue;
            }
            BigDecimal basis = basis(fail, day, referencePrice);
            BigDecimal rate = table.rateOn(fail.category(), day).dailyRateBasisPoints();
            BigDecimal penalty = Amount.rounded(
                            "penalty",
                            dailyPenalty(fail.category(), basis, day, table),
                            RoundingMode.HALF_EVEN,
                            fail.currency())
                    .decimal();
            lines.add(new PenaltyLine(day, basis, rate, penalty));
            total = total.add(penalty);
        }
        return new PenaltyAccrual(fail.instructionRef(), fail.currency(), lines, total);
    }

    private static BigDecimal basis(
            FailingSettlement fail, LocalDate day, Function<LocalDate, BigDecimal> referencePrice) {
        if (fail.quantity() == 0) {
            return fail.cashAmount();
        }
        BigDecimal price = referencePrice.apply(day);
        if (price == null) {
            throw new IllegalArgumentException("referencePrice: none for " + day);
        }
        if (price.signum() < 0) {
            throw new IllegalArgumentException(
                    "referencePrice: must not be negative, was " + price.toPlainString() + " on " + day);
        }
        return price.multiply(BigDecimal.valueOf(fail.quantity()));
    }
}
