package org.backoffice.server.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** What makes two requests "the same" for an idempotency key: SHA-256 over method, path with query, and body. */
public final class RequestHash {
    private RequestHash() {}

    public static String of(String method, String pathAndQuery, byte[] canonicalBody) {
        MessageDigest digest = sha256();
        digest.update((method + ' ' + pathAndQuery + '\n').getBytes(StandardCharsets.UTF_8));
        digest.update(canonicalBody);
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        return org.backoffice.platform.Sha256.digest();
    }
}
