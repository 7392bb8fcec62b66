package org.backoffice.banking.reconciliation.internal;

import java.time.LocalDate;
import org.backoffice.platform.organisation.BusinessCalendar;

/** Business days between two dates, by the bank's calendar. */
public final class BusinessDayCount {
    private BusinessDayCount() {}

    /** How many business days fall after the earlier date up to and including the later one. */
    public static int between(BusinessCalendar calendar, LocalDate a, LocalDate b) {
        LocalDate from = a.isBefore(b) ? a : b;
        LocalDate to = a.isBefore(b) ? b : a;
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                days++;
            }
        }
        return days;
    }
}
