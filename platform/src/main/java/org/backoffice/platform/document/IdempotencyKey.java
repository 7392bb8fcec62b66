package org.backoffice.platform.document;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A client's key for one request: a retry with the same key and the same request gets the first
 * result and changes nothing; the same key with another request is refused.
 *
 * @param requestHash the SHA-256 of the request's content, in hex (kept in a fixed-width column, so
 *     anything shorter would come back padded and no retry would match it)
 */
public record IdempotencyKey(String principal, String key, String requestHash) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    public IdempotencyKey {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("Idempotency-Key: must be 1..200 characters");
        }
        if (requestHash == null || !SHA256_HEX.matcher(requestHash).matches()) {
            throw new IllegalArgumentException("requestHash: must be a SHA-256 in hex, 64 characters");
        }
        requestHash = requestHash.toLowerCase(Locale.ROOT);
    }
}
