package org.backoffice.securities.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Whether a day is a business day of the settlement system (for the euro, the T2S calendar). The
 * platform's {@code BusinessCalendar::isBusinessDay} fits.
 */
@FunctionalInterface
public interface BusinessDayPredicate {
    boolean isBusinessDay(LocalDate day);

    /** Monday to Friday, no holidays. */
    static BusinessDayPredicate weekdays() {
        return day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
