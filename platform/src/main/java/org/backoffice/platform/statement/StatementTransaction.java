package org.backoffice.platform.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.backoffice.platform.message.FieldChecks;

/**
 * One movement of a statement of transactions (MT536) or pending transactions (MT537).
 *
 * @param reference our reference (SEME) of the instruction, from :20C::RELA//
 * @param settlementDate the effective date (MT536) or the intended one (MT537)
 * @param status the MT537 status code (PEND, PENF, NMAT, MACH, ...), null in MT536
 */
public record StatementTransaction(
        String reference,
        String isin,
        BigDecimal quantity,
        Direction direction,
        LocalDate settlementDate,
        String status) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}");

    /** The direction of the movement, seen from the safekeeping account (:22H::REDE// RECE or DELI). */
    public enum Direction {
        RECEIVE,
        DELIVER
    }

    public StatementTransaction {
        FieldChecks.reference("reference", reference);
        FieldChecks.isin("isin", isin);
        quantity = FieldChecks.normal(FieldChecks.positive("quantity", quantity, Integer.MAX_VALUE));
        FieldChecks.present("direction", direction);
        FieldChecks.present("settlementDate", settlementDate);
        status = FieldChecks.optionalText("status", status, 4);
        if (status != null && !CODE.matcher(status).matches()) {
            throw new IllegalArgumentException("status: must be a 4-character status code, was " + status);
        }
    }
}
