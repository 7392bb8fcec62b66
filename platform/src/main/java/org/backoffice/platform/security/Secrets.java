package org.backoffice.platform.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for one-time passwords and API tokens. */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    static String random(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** A one-time password, returned once and stored only as a hash. */
    static String oneTimePassword() {
        return random(18);
    }
}
