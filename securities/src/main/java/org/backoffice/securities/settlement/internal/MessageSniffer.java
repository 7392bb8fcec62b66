package org.backoffice.securities.settlement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a text of SWIFT messages into messages and tells each one's type from its header. */
public final class MessageSniffer {
    private static final Pattern MT_TYPE = Pattern.compile("\\{2:[IO](\\d{3})");
    private static final Pattern MX_TYPE = Pattern.compile("(sese|semt|camt)\\.(\\d{3})");

    private MessageSniffer() {}

    /** The messages of the text: each SWIFT MT starts with its basic header block {1:. */
    public static List<String> split(String text) {
        List<String> messages = new ArrayList<>();
        if (text.contains("<?xml") || text.contains("<Document")) {
            messages.add(text.strip());
            return messages;
        }
        int start = text.indexOf("{1:");
        if (start < 0) {
            messages.add(text.strip());
            return messages;
        }
        while (start >= 0) {
            int next = text.indexOf("{1:", start + 3);
            messages.add(text.substring(start, next < 0 ? text.length() : next).strip());
            start = next;
        }
        return messages;
    }

    /** MT548, MT545, sese.024, ...; UNKNOWN when the text names no type. */
    public static String kind(String message) {
        Matcher mt = MT_TYPE.matcher(message);
        if (mt.find()) {
            return "MT" + mt.group(1);
        }
        Matcher mx = MX_TYPE.matcher(message);
        if (mx.find()) {
            return mx.group(1) + "." + mx.group(2);
        }
        return "UNKNOWN";
    }
}
