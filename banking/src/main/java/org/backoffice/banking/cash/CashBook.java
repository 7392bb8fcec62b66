package org.backoffice.banking.cash;

import java.time.LocalDate;
import java.util.List;

/** The cash book of one desk for one day: a section per currency and the shifts worked at the desk that day. */
public record CashBook(
        String branch, String desk, LocalDate date, List<CashBookSection> sections, List<ShiftSummary> shifts) {
    public CashBook {
        sections = List.copyOf(sections);
        shifts = List.copyOf(shifts);
    }
}
