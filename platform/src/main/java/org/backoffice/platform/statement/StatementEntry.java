package org.backoffice.platform.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.platform.message.FieldChecks;

/**
 * One booked movement on a statement.
 *
 * @param bookingDate when the bank booked it; the value date when the file gives none
 * @param amount positive; {@code side} gives the direction
 * @param reversal true for a reversal (MT :61: RC/RD, camt RvslInd): a reversed credit is a DEBIT
 *     entry and a reversed debit a CREDIT entry, so the balance arithmetic needs no special case
 * @param reference the payment's end-to-end id or the sender's reference, {@link #NO_REFERENCE} when
 *     the file has none
 * @param servicerReference the account servicer's own reference, null when absent
 * @param transactionCode the bank's transaction type (MT {@code NTRF}, a camt proprietary code),
 *     null when absent
 * @param description free text for the account owner, null when absent
 */
public record StatementEntry(
        LocalDate valueDate,
        LocalDate bookingDate,
        BigDecimal amount,
        Side side,
        boolean reversal,
        String reference,
        String servicerReference,
        String transactionCode,
        String description) {
    public static final String NO_REFERENCE = "NONREF";

    public enum Side {
        CREDIT,
        DEBIT
    }

    public StatementEntry {
        FieldChecks.present("valueDate", valueDate);
        bookingDate = bookingDate == null ? valueDate : bookingDate;
        FieldChecks.positive("amount", amount, Integer.MAX_VALUE);
        FieldChecks.present("side", side);
        reference =
                reference == null || reference.isBlank() ? NO_REFERENCE : FieldChecks.text("reference", reference, 35);
        servicerReference = FieldChecks.optionalText("servicerReference", servicerReference, 35);
        transactionCode = FieldChecks.optionalText("transactionCode", transactionCode, 35);
        description = FieldChecks.optionalText("description", description, 500);
    }

    /** A plain credit or debit booked on its value date, as demo data and tests need most often. */
    public static StatementEntry of(
            LocalDate valueDate, Side side, BigDecimal amount, String reference, String description) {
        return new StatementEntry(valueDate, valueDate, amount, side, false, reference, null, null, description);
    }

    /** The amount as it moves the balance: negative for a debit. */
    public BigDecimal signedAmount() {
        return side == Side.CREDIT ? amount : amount.negate();
    }
}
