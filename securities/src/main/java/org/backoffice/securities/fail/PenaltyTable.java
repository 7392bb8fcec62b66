package org.backoffice.securities.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The penalty rates in force over time: for each category, rates by the date they take effect.
 * Immutable; {@link #with} gives a new table.
 */
public final class PenaltyTable {
    /** The first day of the CSDR penalty regime (Delegated Regulation (EU) 2018/1229 as amended by 2021/70). */
    public static final LocalDate REGIME_START = LocalDate.of(2022, 2, 1);

    private final Map<PenaltyCategory, NavigableMap<LocalDate, PenaltyRate>> rates;

    private PenaltyTable(Map<PenaltyCategory, NavigableMap<LocalDate, PenaltyRate>> rates) {
        this.rates = rates;
    }

    /** A table with no rate at all. */
    public static PenaltyTable empty() {
        return new PenaltyTable(new EnumMap<>(PenaltyCategory.class));
    }

    /**
     * The annex's rates for the seven securities categories, valid from {@link #REGIME_START}. There
     * is no lack-of-cash rate until the user enters one with {@link #with} and {@link
     * PenaltyRate#lackOfCash}: a made-up default would charge wrong penalties silently.
     */
    public static PenaltyTable defaults() {
        PenaltyTable table = empty();
        for (PenaltyCategory category : PenaltyCategory.values()) {
            var annex = category.annexDailyRateBasisPoints();
            if (annex.isPresent()) {
                table = table.with(new PenaltyRate(category, annex.get(), REGIME_START));
            }
        }
        return table;
    }

    /** This table with {@code rate} added, replacing the rate of the same category and validFrom if any. */
    public PenaltyTable with(PenaltyRate rate) {
        if (rate == null) {
            throw new IllegalArgumentException("rate: is required");
        }
        Map<PenaltyCategory, NavigableMap<LocalDate, PenaltyRate>> copy = new EnumMap<>(PenaltyCategory.class);
        rates.forEach((category, byDate) -> copy.put(category, byDate));
        NavigableMap<LocalDate, PenaltyRate> byDate =
                new TreeMap<>(rates.getOrDefault(rate.category(), Collections.emptyNavigableMap()));
        byDate.put(rate.validFrom(), rate);
        copy.put(rate.category(), Collections.unmodifiableNavigableMap(byDate));
        return new PenaltyTable(copy);
    }

    /**
     * The rate of {@code category} in force on {@code date}: the one with the latest validFrom on
     * or before it.
     *
     * @throws IllegalArgumentException if no rate of the category is in force on that date
     */
    public PenaltyRate rateOn(PenaltyCategory category, LocalDate date) {
        if (category == null) {
            throw new IllegalArgumentException("category: is required");
        }
        if (date == null) {
            throw new IllegalArgumentException("date: is required");
        }
        var entry =
                rates.getOrDefault(category, Collections.emptyNavigableMap()).floorEntry(date);
        if (entry == null) {
            throw new IllegalArgumentException("category: no " + category + " penalty rate is in force on " + date);
        }
        return entry.getValue();
    }

    /** Every rate, by category and then by validFrom. */
    public List<PenaltyRate> rates() {
        List<PenaltyRate> all = new ArrayList<>();
        for (PenaltyCategory category : PenaltyCategory.values()) {
            all.addAll(rates.getOrDefault(category, Collections.emptyNavigableMap())
                    .values());
        }
        return List.copyOf(all);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PenaltyTable table && rates().equals(table.rates());
    }

    @Override
    public int hashCode() {
        return rates().hashCode();
    }

    @Override
    public String toString() {
        return "PenaltyTable" + rates();
    }
}
