package org.backoffice.platform.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Working days: weekends and the listed holidays are not. */
public record BusinessCalendar(String code, String name, Map<LocalDate, String> holidays) {
    public BusinessCalendar {
        Codes.code("code", code, 16);
        name = Codes.name("name", name);
        holidays = Map.copyOf(new TreeMap<>(holidays));
    }

    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    /**
     * How many business days fall after the earlier of the two dates up to and including the later:
     * 0 for the same day, 1 from a Friday to the Monday after.
     */
    public int businessDaysBetween(LocalDate a, LocalDate b) {
        LocalDate from = a.isBefore(b) ? a : b;
        LocalDate to = a.isBefore(b) ? b : a;
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                days++;
            }
        }
        return days;
    }

    /** Weekends only: the calendar of a module that has not been given one. */
    public static BusinessCalendar weekendsOnly(String code) {
        return new BusinessCalendar(code, "Weekends only", Map.of());
    }

    public LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
