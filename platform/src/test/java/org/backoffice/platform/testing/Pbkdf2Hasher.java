package org.backoffice.platform.testing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.backoffice.platform.security.PasswordHasher;

/** PBKDF2 from the JDK, for the platform's own tests (the server hashes with BCrypt). */
public final class Pbkdf2Hasher implements PasswordHasher {
    private static final int ITERATIONS = 1000;
    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(CharSequence password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(password, salt));
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        String[] parts = hash.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[0]);
        return MessageDigest.isEqual(derive(password, salt), Base64.getDecoder().decode(parts[1]));
    }

    private static byte[] derive(CharSequence password, byte[] salt) {
        try {
            char[] chars = password.toString().toCharArray();
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(chars, salt, ITERATIONS, 256))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
