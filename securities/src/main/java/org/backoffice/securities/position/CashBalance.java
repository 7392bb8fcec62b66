package org.backoffice.securities.position;

/**
 * A depo account's money in one currency, in minor units.
 *
 * @param posted the posted balance at the end of the date
 * @param available what may still be paid out now: posted less the reservations of pending
 *     payments (a current figure, whatever the date asked for)
 */
public record CashBalance(String depoAccount, String currency, long posted, long available) {
    public CashBalance {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency: must be an ISO 4217 code, was '" + currency + "'");
        }
    }
}
