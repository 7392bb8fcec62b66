package org.backoffice.platform.reconciliation;

/**
 * How a break was explained: the source's word for it, the explanation in words, and what
 * explains it. The source checks what a resolution of its own needs (a reason to write off, a
 * posted document); the platform keeps it.
 *
 * @param code MATCHED, CORRECTED, WRITTEN_OFF, ... or null when the note says it all
 * @param note at most {@value #MAX_NOTE} characters
 * @param resolvedWith a document number, a match id; null when nothing but the note explains it
 */
public record BreakResolution(String code, String note, String resolvedWith) {
    public static final int MAX_NOTE = 1000;

    public BreakResolution {
        if (code != null && !code.matches("[A-Z_]{1,16}")) {
            throw new IllegalArgumentException("resolution: must be a code of up to 16 letters, was " + code);
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note: at most " + MAX_NOTE + " characters, was " + note.length());
        }
        if (resolvedWith != null && resolvedWith.length() > 64) {
            throw new IllegalArgumentException("resolvedWith: at most 64 characters");
        }
        if (code == null && note == null) {
            throw new IllegalArgumentException("resolution: a code or a note must say how");
        }
    }

    /** A resolution in words only. */
    public static BreakResolution of(String note) {
        return new BreakResolution(null, note, null);
    }

    /** The note cut to fit, for the explanations the platform's callers write themselves. */
    public static String fit(String note) {
        return note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE - 1) + "…";
    }
}
