package org.backoffice.banking.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.organisation.BusinessCalendar;

/**
 * The value date a payment gets: the requested day, but never before the next business day once
 * today's cut-off has passed, and never on a weekend or holiday of the bank's calendar.
 */
public final class ValueDates {
    /** How far ahead a payment may be dated. */
    private static final int MAX_DAYS_AHEAD = 365;

    private final Clock clock;
    private final ZoneId zone;
    private final LocalTime cutOff;
    private final Supplier<BusinessCalendar> calendar;

    public ValueDates(Clock clock, ZoneId zone, LocalTime cutOff, Supplier<BusinessCalendar> calendar) {
        this.clock = clock;
        this.zone = zone;
        this.cutOff = cutOff;
        this.calendar = calendar;
    }

    /** Today at the bank. */
    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** The earliest value date a payment made now can have. */
    public LocalDate earliest() {
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        BusinessCalendar days = calendar.get();
        if (!days.isBusinessDay(today) || !now.toLocalTime().isBefore(cutOff)) {
            return days.nextBusinessDay(today);
        }
        return today;
    }

    /** The value date for a payment that asks for {@code requested} (null: as soon as possible). */
    public LocalDate valueDate(LocalDate requested) {
        LocalDate earliest = earliest();
        if (requested == null) {
            return earliest;
        }
        LocalDate today = today();
        if (requested.isBefore(today)) {
            throw InvalidDocumentException.of(
                    "valueDate",
                    "must not be in the past (" + requested + "); a back value needs a controller's adjustment");
        }
        if (requested.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw InvalidDocumentException.of("valueDate", "must be within " + MAX_DAYS_AHEAD + " days from today");
        }
        if (requested.isBefore(earliest)) {
            return earliest;
        }
        BusinessCalendar days = calendar.get();
        return days.isBusinessDay(requested) ? requested : days.nextBusinessDay(requested);
    }
}
