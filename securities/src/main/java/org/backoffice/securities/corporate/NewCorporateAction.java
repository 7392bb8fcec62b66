package org.backoffice.securities.corporate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.platform.document.DocumentBody;

/**
 * A corporate action as announced, validated on entry; build it with {@link #dividend}, {@link
 * #coupon} or {@link #split}.
 *
 * @param rate the dividend per share in the instrument's currency; null for a coupon (the coupon
 *     schedule gives it) and a split
 * @param taxPercent the withholding tax in percent of the gross, 0 to 100; null for a split
 * @param ratio new shares for old ones; only for a split
 * @param payDate the day the cash is paid or the new shares are delivered (a split's effective date)
 */
public record NewCorporateAction(
        ActionKind kind,
        String isin,
        LocalDate recordDate,
        LocalDate payDate,
        BigDecimal rate,
        BigDecimal taxPercent,
        SplitRatio ratio)
        implements DocumentBody {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public NewCorporateAction {
        if (kind == null) {
            throw new IllegalArgumentException("kind: must be DIVIDEND, COUPON or SPLIT");
        }
        if (isin == null || isin.isBlank()) {
            throw new IllegalArgumentException("isin: must be given");
        }
        if (recordDate == null) {
            throw new IllegalArgumentException("recordDate: must be given");
        }
        if (payDate == null) {
            throw new IllegalArgumentException("payDate: must be given");
        }
        if (recordDate.isAfter(payDate)) {
            throw new IllegalArgumentException(
                    "recordDate: must not be after the pay date " + payDate + ", was " + recordDate);
        }
        if (kind == ActionKind.DIVIDEND && (rate == null || rate.signum() <= 0)) {
            throw new IllegalArgumentException("rate: a dividend per share must be positive");
        }
        if (kind != ActionKind.DIVIDEND && rate != null) {
            throw new IllegalArgumentException("rate: only a dividend has a rate per share");
        }
        if (kind == ActionKind.SPLIT) {
            if (ratio == null) {
                throw new IllegalArgumentException("ratio: a split must have its ratio");
            }
            if (ratio.newShares() == ratio.oldShares()) {
                throw new IllegalArgumentException("ratio: " + ratio + " changes nothing");
            }
            if (taxPercent != null) {
                throw new IllegalArgumentException("taxPercent: a split pays no cash to tax");
            }
        } else {
            if (ratio != null) {
                throw new IllegalArgumentException("ratio: only a split has a ratio");
            }
            if (taxPercent == null || taxPercent.signum() < 0 || taxPercent.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("taxPercent: must be within 0 and 100");
            }
        }
    }

    public static NewCorporateAction dividend(
            String isin, LocalDate recordDate, LocalDate payDate, BigDecimal ratePerShare, BigDecimal taxPercent) {
        return new NewCorporateAction(ActionKind.DIVIDEND, isin, recordDate, payDate, ratePerShare, taxPercent, null);
    }

    /** A bond's coupon due on {@code payDate}, which must be a date of its coupon schedule. */
    public static NewCorporateAction coupon(
            String isin, LocalDate recordDate, LocalDate payDate, BigDecimal taxPercent) {
        return new NewCorporateAction(ActionKind.COUPON, isin, recordDate, payDate, null, taxPercent, null);
    }

    /** A split (or, with fewer new shares than old, a reverse split) effective on {@code payDate}. */
    public static NewCorporateAction split(String isin, LocalDate recordDate, LocalDate payDate, SplitRatio ratio) {
        return new NewCorporateAction(ActionKind.SPLIT, isin, recordDate, payDate, null, null, ratio);
    }
}
