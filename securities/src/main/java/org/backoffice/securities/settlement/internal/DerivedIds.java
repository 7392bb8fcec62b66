package org.backoffice.securities.settlement.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.backoffice.ledger.TransactionId;

/**
 * Ledger transaction ids derived from what they settle (an instruction or trade, a role, a
 * sequence number), so that a retried message submits the same ids and the ledger answers with
 * the first result instead of posting twice.
 */
public final class DerivedIds {
    private DerivedIds() {}

    public static TransactionId of(long owner, String role, int sequence) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(
                    ("securities.settlement:" + owner + ":" + role + ":" + sequence).getBytes(StandardCharsets.UTF_8));
            long value = ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
            return TransactionId.of(value == 0 ? 1 : value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /**
     * The reservation made when a trade is instructed: the trade's own id, which the platform's id
     * generator gave no other transaction. A trade is instructed once, so the id is stable across
     * retries, and it is time-ordered, so a day's reservations land at the end of the ledger's index
     * instead of all over it.
     */
    public static TransactionId pending(long tradeId) {
        return TransactionId.of(tradeId);
    }

    /** The posting of an instruction's settlement: the first is the instruction's own id, time-ordered. */
    public static TransactionId post(long instructionId, int sequence) {
        return sequence == 1 ? TransactionId.of(instructionId) : of(instructionId, "POST", sequence);
    }
}
