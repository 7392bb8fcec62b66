package org.backoffice.banking.account;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How a year's interest is spread over days: actual days over a 365- or a 360-day year. */
public enum DayCount {
    ACT_365(365),
    ACT_360(360);

    private final int yearDays;

    DayCount(int yearDays) {
        this.yearDays = yearDays;
    }

    public int yearDays() {
        return yearDays;
    }

    /** The days from {@code from} (inclusive) to {@code to} (exclusive). */
    public long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
