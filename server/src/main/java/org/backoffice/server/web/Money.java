package org.backoffice.server.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.springframework.stereotype.Component;

/**
 * Amounts as the pages show them, each with its asset's own number of decimals: {@link #display} for people, with
 * thousands separators ({@code 1,234,567.89}, JPY {@code 1,235}, BHD {@code 1.235}); {@link #text} plain for inputs,
 * JSON and CSV ({@code 1234567.89}). Templates reach it as {@code ${@money.display(units, asset)}}.
 */
@Component("money")
public final class Money {
    private final Platform platform;

    Money(Platform platform) {
        this.platform = platform;
    }

    public int scale(String asset) {
        return platform.accounts().asset(asset).map(Asset::scale).orElse(0);
    }

    /** The amount of a known asset; of an unknown one, counted in whole units. */
    public Amount amount(long units, String asset) {
        return platform.accounts()
                .asset(asset)
                .map(a -> Amount.of(a, units))
                .orElseGet(() -> new Amount(AssetCode.of(asset), 0, units));
    }

    /** Plain decimal text: {@code 1234.50}. */
    public String text(long units, String asset) {
        return amount(units, asset).plain();
    }

    /** For people: {@code 1,234.50}, JPY {@code 1,235}. */
    public String display(long units, String asset) {
        return amount(units, asset).display();
    }

    /** A computed decimal of the asset (a cost basis, a realised P&L, kept at the asset's scale) for people. */
    public String display(BigDecimal amount, String asset) {
        return amount == null
                ? ""
                : Amount.rounded("amount", amount, RoundingMode.HALF_EVEN, asset(asset))
                        .display();
    }

    public BigDecimal decimal(long units, String asset) {
        return amount(units, asset).decimal();
    }

    /** A report table's cell on a page: an amount for people, another decimal plain, anything else as it reads. */
    public String cell(Object cell) {
        return switch (cell) {
            case null -> "";
            case Amount amount -> amount.display();
            case BigDecimal decimal -> decimal.toPlainString();
            default -> cell.toString();
        };
    }

    /** The asset as the ledger defines it; a currency the ledger does not know yet is refused by name. */
    public Asset asset(String code) {
        return platform.accounts()
                .asset(code)
                .orElseThrow(() -> new IllegalArgumentException("currency: no such asset '" + code + "'"));
    }

    /** A decimal as it is, without exponent or separators (a ratio, an average cost); empty for none. */
    public static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
