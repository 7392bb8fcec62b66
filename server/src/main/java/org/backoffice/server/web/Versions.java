package org.backoffice.server.web;

import org.backoffice.platform.document.FieldError;
import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency over HTTP: a document's version is its entity tag ({@code ETag: "3"}); a change names
 * the version it was made against in {@code If-Match}.
 */
public final class Versions {
    public static final String IF_MATCH = "If-Match";

    private Versions() {}

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The version {@code If-Match} names: 428 when it is missing, 400 when it names none. */
    public static int required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.of(
                    HttpStatus.PRECONDITION_REQUIRED,
                    IF_MATCH,
                    "must name the version the change was made against, as the ETag gave it, e.g. \"3\"");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 3 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            int version = Integer.parseInt(tag);
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(
                IF_MATCH + ": must be one document version as the ETag gave it, e.g. \"3\", was '"
                        + Params.abbreviated(ifMatch) + "'");
    }

    /** Whether {@code If-None-Match} names the current version (or any, with {@code *}). */
    public static boolean matches(String ifNoneMatch, int version) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String each : ifNoneMatch.split(",")) {
            String tag = each.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag(version))) {
                return true;
            }
        }
        return false;
    }

    /** The platform's stale-version refusal as a 412; other conflicts stay what they are. */
    public static RuntimeException stale(IllegalStateException conflict) {
        FieldError refused = FieldError.parse(conflict.getMessage());
        if ("version".equals(refused.field())) {
            return Problems.of(HttpStatus.PRECONDITION_FAILED, IF_MATCH, refused.message());
        }
        return conflict;
    }
}
