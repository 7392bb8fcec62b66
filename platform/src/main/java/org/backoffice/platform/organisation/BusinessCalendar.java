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

    public LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
