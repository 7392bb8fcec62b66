package org.backoffice.banking.message;

import java.math.BigDecimal;
import org.backoffice.platform.message.FieldChecks;

/**
 * One participant's position in one currency after a clearing cycle.
 *
 * @param net received minus sent: positive when the clearing house owes the participant
 */
public record NetPositionLine(
        String participantBic, String currency, BigDecimal sent, BigDecimal received, BigDecimal net) {
    public NetPositionLine {
        FieldChecks.bic("participantBic", participantBic);
        FieldChecks.currency("currency", currency);
        FieldChecks.notNegative("sent", sent);
        FieldChecks.notNegative("received", received);
        FieldChecks.present("net", net);
        if (net.compareTo(received.subtract(sent)) != 0) {
            throw new IllegalArgumentException("net: must be received " + received.toPlainString() + " - sent "
                    + sent.toPlainString() + ", was " + net.toPlainString());
        }
    }

    public static NetPositionLine of(String participantBic, String currency, BigDecimal sent, BigDecimal received) {
        return new NetPositionLine(participantBic, currency, sent, received, received.subtract(sent));
    }
}
