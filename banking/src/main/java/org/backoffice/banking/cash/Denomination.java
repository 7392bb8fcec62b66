package org.backoffice.banking.cash;

/**
 * A note or coin of a currency.
 *
 * @param value the face value in minor units (a 20-dollar note is 2000)
 */
public record Denomination(String currency, long value, Kind kind) {
    public enum Kind {
        NOTE,
        COIN
    }
}
