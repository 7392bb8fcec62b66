package org.backoffice.banking.eod.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import org.backoffice.ledger.TransactionId;

/**
 * Ledger transaction ids derived from what a posting is (day, step, key), so that posting it again
 * after a crash is a replay the ledger recognises instead of a second posting. They live in the
 * upper quarter of the id space (bit 62 set), which the platform's time-ordered ids (42 bits of
 * milliseconds since 2020, shifted by 21) reach only after 2089; 62 bits of SHA-256 make a
 * collision between two end-of-day postings as unlikely as any hash collision.
 */
public final class EodIds {
    private EodIds() {}

    public static TransactionId of(LocalDate date, String step, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((date + "|" + step + "|" + key).getBytes(StandardCharsets.UTF_8));
            long bits = ByteBuffer.wrap(hash).getLong() & ((1L << 62) - 1);
            return TransactionId.of((1L << 62) | bits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
