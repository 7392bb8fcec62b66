package org.backoffice.banking.cash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notes and coins a cashier counts, per currency, largest first. A value appears once per
 * currency: where a note and a coin share a value (the dollar coin) only the note is listed, so
 * that a count by value is never ambiguous.
 */
public final class Denominations {
    private static final Map<String, List<Denomination>> TABLE = Map.of(
            "USD",
            table("USD", new long[] {10000, 5000, 2000, 1000, 500, 200, 100}, new long[] {50, 25, 10, 5, 1}),
            "EUR",
            table("EUR", new long[] {50000, 20000, 10000, 5000, 2000, 1000, 500}, new long[] {
                200, 100, 50, 20, 10, 5, 2, 1
            }),
            "GBP",
            table("GBP", new long[] {5000, 2000, 1000, 500}, new long[] {200, 100, 50, 20, 10, 5, 2, 1}));

    private Denominations() {}

    /** The currency's notes and coins, largest first; empty for a currency the desk does not count. */
    public static List<Denomination> of(String currency) {
        return TABLE.getOrDefault(currency, List.of());
    }

    public static Optional<Denomination> find(String currency, long value) {
        return of(currency).stream().filter(d -> d.value() == value).findFirst();
    }

    public static boolean counted(String currency) {
        return TABLE.containsKey(currency);
    }

    private static List<Denomination> table(String currency, long[] notes, long[] coins) {
        List<Denomination> all = new ArrayList<>();
        for (long note : notes) {
            all.add(new Denomination(currency, note, Denomination.Kind.NOTE));
        }
        for (long coin : coins) {
            all.add(new Denomination(currency, coin, Denomination.Kind.COIN));
        }
        return List.copyOf(all);
    }
}
