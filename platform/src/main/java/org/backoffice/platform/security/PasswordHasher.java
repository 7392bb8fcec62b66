package org.backoffice.platform.security;

/** Hashes passwords (the server supplies a BCrypt one); the platform never stores a password. */
public interface PasswordHasher {
    String hash(CharSequence password);

    boolean matches(CharSequence password, String hash);
}
