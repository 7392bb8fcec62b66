package org.backoffice.securities.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.securities.message.internal.Checks;

/**
 * A settlement confirmation from the custodian or CSD (MT544-547, sese.025): what settled, for
 * which of our instructions.
 *
 * @param reference our reference (SEME) of the instruction, from :20C::RELA//
 * @param confirmationReference the sender's reference of the confirmation
 * @param settledAmount may be null for a free-of-payment settlement
 * @param currency given exactly when there is a settled amount
 * @param settlementDate the effective settlement date
 * @param partial a partial settlement (:22F::STCO//PAIN or PARC)
 * @param reversal this reverses an earlier confirmation (:23G:RVSL)
 */
public record SettlementConfirmation(
        String reference,
        String confirmationReference,
        Direction direction,
        boolean againstPayment,
        String isin,
        BigDecimal settledQuantity,
        BigDecimal settledAmount,
        String currency,
        LocalDate settlementDate,
        boolean partial,
        boolean reversal) {

    public SettlementConfirmation {
        Checks.reference("reference", reference);
        Checks.reference("confirmationReference", confirmationReference);
        Checks.present("direction", direction);
        Checks.isin("isin", isin);
        settledQuantity = Checks.normal(Checks.positive("settledQuantity", settledQuantity));
        settledAmount = Checks.settlementAmount("settledAmount", settledAmount, currency, againstPayment);
        Checks.present("settlementDate", settlementDate);
    }

    /** 544 receive free, 545 receive against payment, 546 deliver free, 547 deliver against payment. */
    public int mtType() {
        return (direction == Direction.RECEIVE ? 544 : 546) + (againstPayment ? 1 : 0);
    }
}
