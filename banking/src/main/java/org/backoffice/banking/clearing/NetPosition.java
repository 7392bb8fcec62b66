package org.backoffice.banking.clearing;

/**
 * One participant's position in one currency in a clearing cycle, in minor units.
 *
 * @param participantBic the bank, by its 8-character BIC
 * @param sent what the participant sent to the others in the cycle
 * @param received what the others sent to the participant
 */
public record NetPosition(String participantBic, String currency, long sent, long received) {
    public NetPosition {
        if (participantBic == null || !participantBic.matches("[A-Z]{6}[A-Z0-9]{2}")) {
            throw new IllegalArgumentException("participantBic: must be a BIC of 8 characters, was " + participantBic);
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency: must be 3 upper-case letters, was " + currency);
        }
        if (sent < 0 || received < 0) {
            throw new IllegalArgumentException("sent, received: must not be negative");
        }
    }

    /** Received minus sent: positive when the clearing house owes the participant. */
    public long net() {
        return Math.subtractExact(received, sent);
    }
}
