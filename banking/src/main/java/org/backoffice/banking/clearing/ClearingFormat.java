package org.backoffice.banking.clearing;

import java.util.Locale;

/** The formats of incoming clearing files. */
public enum ClearingFormat {
    PACS008,
    CSV;

    /** {@code pacs008} or {@code csv}, any case. */
    public static ClearingFormat parse(String text) {
        if (text != null) {
            for (ClearingFormat f : values()) {
                if (f.name().equalsIgnoreCase(text.strip())) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("format: must be pacs008 or csv, was '" + text + "'");
    }

    /** An XML document is a pacs.008, anything else is read as CSV. */
    public static ClearingFormat sniff(byte[] content) {
        for (byte b : content) {
            if (b == '<') {
                return PACS008;
            }
            if (!Character.isWhitespace(b) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB && (b & 0xff) != 0xBF) {
                return CSV;
            }
        }
        return CSV;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
