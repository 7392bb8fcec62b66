package org.backoffice.securities.message;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.backoffice.securities.message.internal.Checks;

/**
 * A status reported for one of our settlement instructions (MT548, sese.024). The time is cut to
 * whole seconds, which is what the messages carry.
 *
 * @param reference our reference (SEME) of the instruction
 * @param reasonCode the ISO reason code (LACK, CLAC, MONY, CMIS, DDAT, NMAS, ...), may be null
 * @param reasonText free text, may be null
 */
public record SettlementStatus(
        String reference, StatusKind kind, String reasonCode, String reasonText, Instant statusTime) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}");

    public SettlementStatus {
        Checks.reference("reference", reference);
        Checks.present("kind", kind);
        reasonCode = Checks.optionalText("reasonCode", reasonCode, 4);
        if (reasonCode != null && !CODE.matcher(reasonCode).matches()) {
            throw new IllegalArgumentException("reasonCode: must be 4 upper-case letters or digits, was " + reasonCode);
        }
        reasonText = Checks.optionalText("reasonText", reasonText, 210);
        statusTime = Checks.present("statusTime", statusTime).truncatedTo(ChronoUnit.SECONDS);
    }
}
