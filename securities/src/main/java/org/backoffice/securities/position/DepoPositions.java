package org.backoffice.securities.position;

import java.time.LocalDate;
import java.util.List;

/** What a depo account holds on a date: securities on both bases and money per currency. */
public record DepoPositions(String depoAccount, LocalDate asOf, List<Position> securities, List<CashBalance> cash) {
    public DepoPositions {
        securities = List.copyOf(securities);
        cash = List.copyOf(cash);
    }

    /** The holding of one instrument; a flat position when the account never held it. */
    public Position of(String isin) {
        return securities.stream()
                .filter(p -> p.isin().equals(isin))
                .findFirst()
                .orElse(new Position(depoAccount, null, isin, 0, 0));
    }
}
