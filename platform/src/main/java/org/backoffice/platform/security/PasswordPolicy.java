package org.backoffice.platform.security;

/** What a password a user chooses must be. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static void check(CharSequence password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("password: must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("password: must be at most " + MAX_LENGTH + " characters");
        }
    }
}
