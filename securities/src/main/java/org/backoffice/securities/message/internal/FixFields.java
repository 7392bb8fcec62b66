package org.backoffice.securities.message.internal;

import org.backoffice.securities.message.FixMessageException;

/**
 * The fields of one raw FIX message, scanned in place (no copies until a value is asked for) after
 * checking what a FIX engine checks on receipt: BeginString FIX.4.4, BodyLength, MsgType third,
 * CheckSum last and right. Hand-scanned rather than bound to QuickFIX/J's Message because a
 * message log of a million fills must be read in seconds.
 */
public final class FixFields {
    public static final char SOH = '\u0001';
    private static final String BEGIN = "8=FIX.4.4" + SOH;

    private final String text;
    private int[] tags = new int[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;

    private FixFields(String text) {
        this.text = text;
    }

    public static FixFields scan(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new FixMessageException("tag 8 BeginString: must be given (empty message)");
        }
        String text = stripLineEnd(raw);
        if (!text.startsWith(BEGIN)) {
            throw new FixMessageException("tag 8 BeginString: must open the message as 8=FIX.4.4");
        }
        FixFields fields = new FixFields(text);
        fields.split();
        fields.checkFrame();
        return fields;
    }

    private static String stripLineEnd(String raw) {
        int end = raw.length();
        while (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
            end--;
        }
        return end == raw.length() ? raw : raw.substring(0, end);
    }

    private void split() {
        int i = 0;
        int length = text.length();
        while (i < length) {
            int tag = 0;
            int tagStart = i;
            char c;
            while (i < length && (c = text.charAt(i)) != '=') {
                if (c < '0' || c > '9' || i - tagStart > 9) {
                    throw new FixMessageException(
                            "field " + (count + 1) + ": tag must be a number followed by '=', found '"
                                    + printable(text.substring(tagStart, Math.min(length, i + 1))) + "'");
                }
                tag = tag * 10 + (c - '0');
                i++;
            }
            if (i == length || i == tagStart || tag == 0) {
                throw new FixMessageException(
                        "field " + (count + 1) + ": tag must be a positive number followed by '='");
            }
            int valueStart = ++i;
            int soh = text.indexOf(SOH, valueStart);
            if (soh < 0) {
                throw new FixMessageException("tag " + tag + ": must end with SOH (the message is cut)");
            }
            if (soh == valueStart) {
                throw new FixMessageException("tag " + tag + ": must not be empty");
            }
            add(tag, valueStart, soh);
            i = soh + 1;
        }
    }

    private void add(int tag, int start, int end) {
        if (count == tags.length) {
            tags = java.util.Arrays.copyOf(tags, count * 2);
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
        }
        tags[count] = tag;
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    private void checkFrame() {
        if (count < 4 || tags[1] != 9) {
            throw new FixMessageException("tag 9 BodyLength: must be the second field");
        }
        if (tags[2] != 35) {
            throw new FixMessageException("tag 35 MsgType: must be the third field");
        }
        if (tags[count - 1] != 10) {
            throw new FixMessageException("tag 10 CheckSum: must be the last field");
        }
        int bodyStart = ends[1] + 1;
        int checksumField = starts[count - 1] - 3; // where "10=" starts
        int declared = number(1, "tag 9 BodyLength");
        int actual = checksumField - bodyStart;
        if (declared != actual) {
            throw new FixMessageException("tag 9 BodyLength: says " + declared + ", the body has " + actual);
        }
        String sent = value(count - 1);
        if (sent.length() != 3) {
            throw new FixMessageException("tag 10 CheckSum: must be 3 digits, was " + sent);
        }
        int sum = 0;
        for (int i = 0; i < checksumField; i++) {
            sum += text.charAt(i) & 0xFF;
        }
        int expected = sum & 0xFF;
        if (number(count - 1, "tag 10 CheckSum") != expected) {
            throw new FixMessageException(
                    "tag 10 CheckSum: says " + sent + ", the message sums to " + String.format("%03d", expected));
        }
    }

    private int number(int index, String label) {
        int value = 0;
        for (int i = starts[index]; i < ends[index]; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i - starts[index] > 8) {
                throw new FixMessageException(label + ": must be a number, was " + printable(value(index)));
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public String msgType() {
        return value(2);
    }

    public int size() {
        return count;
    }

    public int tagAt(int index) {
        return tags[index];
    }

    public String value(int index) {
        return text.substring(starts[index], ends[index]);
    }

    /** The first value of the tag, or null. Repeating groups: the first entry wins. */
    public String get(int tag) {
        int index = indexOf(tag, 0);
        return index < 0 ? null : value(index);
    }

    public int indexOf(int tag, int from) {
        for (int i = from; i < count; i++) {
            if (tags[i] == tag) {
                return i;
            }
        }
        return -1;
    }

    public boolean valueIs(int index, String expected) {
        return text.regionMatches(starts[index], expected, 0, expected.length())
                && ends[index] - starts[index] == expected.length();
    }

    private static String printable(String value) {
        return value.replace(SOH, '|');
    }
}
