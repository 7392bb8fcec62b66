package org.backoffice.reporting;

import java.time.LocalDate;

/** A period of value dates, both ends included. */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        if (from == null) {
            throw new IllegalArgumentException("from: must be given");
        }
        if (to == null) {
            throw new IllegalArgumentException("to: must be given");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from: must not be after to (" + to + "), was " + from);
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    /** The days of the period, first to last. */
    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
