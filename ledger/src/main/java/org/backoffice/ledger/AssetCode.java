package org.backoffice.ledger;

import java.util.regex.Pattern;

/** The code of an asset: a currency (USD), a security (an ISIN) or goods (a SKU). */
public record AssetCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,31}");

    public AssetCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "assetCode: must be 1-32 letters, digits or . _ / - starting with a letter or digit, was " + value);
        }
    }

    public static AssetCode of(String value) {
        return new AssetCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
