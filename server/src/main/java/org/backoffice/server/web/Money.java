package org.backoffice.server.web;

import java.math.BigDecimal;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.Amounts;
import org.backoffice.platform.Platform;
import org.springframework.stereotype.Component;

/** Amounts as the pages show them: decimal text with the asset's number of places. */
@Component
public final class Money {
    private final Platform platform;

    Money(Platform platform) {
        this.platform = platform;
    }

    public int scale(String asset) {
        return platform.accounts().asset(asset).map(Asset::scale).orElse(0);
    }

    public String text(long units, String asset) {
        return Amounts.format(units, scale(asset));
    }

    public BigDecimal decimal(long units, String asset) {
        return BigDecimal.valueOf(units, scale(asset));
    }
}
