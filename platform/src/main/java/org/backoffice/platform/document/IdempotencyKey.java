package org.backoffice.platform.document;

/**
 * A client's key for one request: a retry with the same key and the same request gets the first
 * result and changes nothing; the same key with another request is refused.
 *
 * @param requestHash a digest of the request's content
 */
public record IdempotencyKey(String principal, String key, String requestHash) {
    public IdempotencyKey {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("Idempotency-Key: must be 1..200 characters");
        }
    }
}
