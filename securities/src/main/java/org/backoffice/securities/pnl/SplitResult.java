package org.backoffice.securities.pnl;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of a split or reverse split of a position.
 *
 * <p>The whole new shares stay in the book; the fraction of a new share that the holder is not
 * given is settled in cash by the issuer (cash in lieu). Its cost leaves the cost basis, so that
 * {@code costBasis before = costBasis after + cashInLieuCost}, exactly.
 *
 * @param newQuantity whole new shares held after the split
 * @param fractionalShares the fraction of a new share paid as cash in lieu, in [0, 1), rounded
 *     down to {@link #FRACTION_SCALE} decimals (the cost below is computed from the exact fraction)
 * @param cashInLieuCost the cost basis of that fraction, at the currency's scale; the cash the
 *     issuer pays for the fraction less this cost is the caller's realised P&amp;L on it
 */
public record SplitResult(long newQuantity, BigDecimal fractionalShares, BigDecimal cashInLieuCost) {
    /** Decimal places of {@link #fractionalShares()}. */
    public static final int FRACTION_SCALE = 8;

    public SplitResult {
        if (newQuantity < 0) {
            throw new IllegalArgumentException("newQuantity: must not be negative, was " + newQuantity);
        }
        Objects.requireNonNull(fractionalShares, "fractionalShares");
        Objects.requireNonNull(cashInLieuCost, "cashInLieuCost");
        if (fractionalShares.signum() < 0 || fractionalShares.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("fractionalShares: must be within [0, 1), was " + fractionalShares);
        }
        if (cashInLieuCost.signum() < 0) {
            throw new IllegalArgumentException("cashInLieuCost: must not be negative, was " + cashInLieuCost);
        }
    }
}
