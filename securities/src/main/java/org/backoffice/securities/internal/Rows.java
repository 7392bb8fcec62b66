package org.backoffice.securities.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Conversions between column text and values, shared by the module's row mappers. */
public final class Rows {
    private Rows() {}

    public static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    public static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    public static String text(BigDecimal decimal) {
        return decimal == null ? null : decimal.toPlainString();
    }

    /** A JSON string literal, quotes and escapes included. */
    public static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
