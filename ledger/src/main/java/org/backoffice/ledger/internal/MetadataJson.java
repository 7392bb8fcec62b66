package org.backoffice.ledger.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes and reads the flat string-to-string JSON object a transaction's metadata is stored as. */
public final class MetadataJson {
    private MetadataJson() {}

    public static String write(Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, e.getKey());
            out.append(':');
            quote(out, e.getValue());
        }
        return out.append('}').toString();
    }

    public static Map<String, String> read(String json) {
        Map<String, String> result = new LinkedHashMap<>();
        if (json == null || json.isEmpty()) {
            return result;
        }
        int[] pos = {skip(json, 0)};
        expect(json, pos, '{');
        if (json.charAt(skip(json, pos[0])) == '}') {
            return result;
        }
        while (true) {
            String key = string(json, pos);
            expect(json, pos, ':');
            result.put(key, string(json, pos));
            pos[0] = skip(json, pos[0]);
            char c = json.charAt(pos[0]++);
            if (c == '}') {
                return result;
            }
            if (c != ',') {
                throw new IllegalStateException("metadata: malformed JSON at " + (pos[0] - 1));
            }
        }
    }

    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String string(String json, int[] pos) {
        pos[0] = skip(json, pos[0]);
        expect(json, pos, '"');
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = json.charAt(pos[0]++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                char escaped = json.charAt(pos[0]++);
                if (escaped == 'u') {
                    value.append((char) Integer.parseInt(json.substring(pos[0], pos[0] + 4), 16));
                    pos[0] += 4;
                } else {
                    value.append(escaped);
                }
            } else {
                value.append(c);
            }
        }
    }

    private static void expect(String json, int[] pos, char expected) {
        pos[0] = skip(json, pos[0]);
        if (json.charAt(pos[0]) != expected) {
            throw new IllegalStateException("metadata: expected '" + expected + "' at " + pos[0]);
        }
        pos[0]++;
    }

    private static int skip(String json, int pos) {
        while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}
