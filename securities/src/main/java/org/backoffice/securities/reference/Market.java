package org.backoffice.securities.reference;

import java.util.regex.Pattern;

/**
 * A market by its MIC (ISO 10383), with the calendar of its settlement days and its settlement
 * cycle: T+1 settles one business day after the trade date, T+2 two.
 */
public record Market(String mic, String name, String calendar, int settlementDays) {
    private static final Pattern MIC = Pattern.compile("[A-Z0-9]{4}");

    public Market {
        if (mic == null || !MIC.matcher(mic).matches()) {
            throw new IllegalArgumentException("mic: must be 4 letters or digits (ISO 10383), was '" + mic + "'");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name: must be given, at most 200 characters");
        }
        if (calendar == null || calendar.isBlank()) {
            throw new IllegalArgumentException("calendar: must be given");
        }
        if (settlementDays < 0 || settlementDays > 5) {
            throw new IllegalArgumentException(
                    "settlementDays: must be within 0..5 (T+0 to T+5), was " + settlementDays);
        }
        name = name.strip();
    }

    /** The cycle as traders say it, e.g. {@code T+2}. */
    public String cycle() {
        return "T+" + settlementDays;
    }
}
