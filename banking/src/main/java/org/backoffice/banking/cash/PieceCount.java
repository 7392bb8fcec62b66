package org.backoffice.banking.cash;

/**
 * How many notes or coins of one denomination a cashier counted.
 *
 * @param denomination the face value in minor units
 */
public record PieceCount(String currency, long denomination, long pieces) {
    /** The counted value in minor units; overflow is an error, not a wrap. */
    public long value() {
        return Math.multiplyExact(denomination, pieces);
    }
}
