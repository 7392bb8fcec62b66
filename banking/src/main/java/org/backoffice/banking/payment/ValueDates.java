package org.backoffice.banking.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.backoffice.platform.document.DocumentBody;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
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
    private final Supplier<Optional<LocalDate>> lastClosed;

    /**
     * @param lastClosed the last business day end of day has closed: once today is closed, a
     *     payment made now takes the next business day's value date, as after the cut-off
     */
    public ValueDates(
            Clock clock,
            ZoneId zone,
            LocalTime cutOff,
            Supplier<BusinessCalendar> calendar,
            Supplier<Optional<LocalDate>> lastClosed) {
        this.clock = clock;
        this.zone = zone;
        this.cutOff = cutOff;
        this.calendar = calendar;
        this.lastClosed = lastClosed;
    }

    /** Today at the bank. */
    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** A new document of the type at the branch, dated today at the bank. */
    public NewDocument document(String type, String branch, DocumentBody body) {
        return new NewDocument(type, branch, today(), body);
    }

    /** The earliest value date a payment made now can have. */
    public LocalDate earliest() {
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        BusinessCalendar days = calendar.get();
        LocalDate earliest = today;
        if (!days.isBusinessDay(today) || !now.toLocalTime().isBefore(cutOff)) {
            earliest = days.nextBusinessDay(today);
        }
        Optional<LocalDate> closed = lastClosed.get();
        if (closed.isPresent() && !earliest.isAfter(closed.get())) {
            earliest = days.nextBusinessDay(closed.get());
        }
        return earliest;
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
