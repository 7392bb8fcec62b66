package org.backoffice.platform.amount;

import java.util.Currency;
import org.backoffice.ledger.Asset;

/**
 * Currencies as ledger assets, each with the number of decimals ISO 4217 gives its minor unit: USD 2 (cents), JPY 0,
 * BHD 3 (fils). Profiles define their currencies through it, so no currency's scale is written down by hand.
 */
public final class CurrencyAssets {
    private CurrencyAssets() {}

    /** The currency {@code code} as an asset with its ISO 4217 scale; refuses a code ISO 4217 has no minor unit for. */
    public static Asset of(String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency: must be an ISO 4217 code, was '" + code + "'");
        }
        int scale = currency.getDefaultFractionDigits();
        if (scale < 0) {
            throw new IllegalArgumentException("currency: " + code + " has no minor unit in ISO 4217");
        }
        return Asset.currency(currency.getCurrencyCode(), scale);
    }
}
