package org.backoffice.banking.reconciliation;

import java.util.Locale;

/** The statement files the bank reads from its correspondents. */
public enum StatementFormat {
    CAMT053,
    MT940,
    MT950;

    /** The format by its name in any case ({@code camt053}, {@code MT950}); null or blank for "find out". */
    public static StatementFormat parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (StatementFormat format : values()) {
            if (format.name().equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException(field + ": must be camt053, mt940 or mt950, was '"
                + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'");
    }

    /** A camt.053 is XML; an MT file starts its first message with a basic header block. */
    public static StatementFormat detect(String content) {
        String start = content.stripLeading();
        if (start.startsWith("<")) {
            return CAMT053;
        }
        if (start.contains("{1:")) {
            return start.contains("{2:I950") || start.contains("{2:O950") ? MT950 : MT940;
        }
        throw new IllegalArgumentException(
                "file: is neither a camt.053 (XML) nor an MT940/MT950 (SWIFT blocks) statement");
    }

    public String label() {
        return this == CAMT053 ? "camt.053" : name();
    }

    public String lower() {
        return name().toLowerCase(Locale.ROOT);
    }
}
