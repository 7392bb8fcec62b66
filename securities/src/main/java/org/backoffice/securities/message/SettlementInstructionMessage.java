package org.backoffice.securities.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.securities.message.internal.Checks;

/**
 * A settlement instruction to our custodian or CSD, as MT540-543 or sese.023 carry it. Against
 * payment it needs the settlement amount and currency; free of payment they may be given (for
 * information) or both left out. A cancellation repeats the original instruction's details and
 * names it in {@code cancelsReference}.
 *
 * @param reference our reference (SEME), at most 16 characters
 * @param nominal true: the quantity is a face amount (FAMT, bonds); false: units (UNIT)
 * @param placeOfSettlement BIC of the CSD (PSET)
 * @param counterpartyBic the counterparty's delivering (DEAG) or receiving (REAG) agent
 * @param counterpartyAccount the counterparty's account at its agent, may be null
 * @param cancelsReference for a cancellation, the reference of the instruction it cancels; else null
 */
public record SettlementInstructionMessage(
        String reference,
        Direction direction,
        boolean againstPayment,
        String isin,
        BigDecimal quantity,
        boolean nominal,
        LocalDate tradeDate,
        LocalDate settlementDate,
        BigDecimal settlementAmount,
        String currency,
        String safekeepingAccount,
        String placeOfSettlement,
        String counterpartyBic,
        String counterpartyAccount,
        String cancelsReference) {

    public SettlementInstructionMessage {
        Checks.reference("reference", reference);
        Checks.present("direction", direction);
        Checks.isin("isin", isin);
        quantity = Checks.normal(Checks.positive("quantity", quantity));
        Checks.present("tradeDate", tradeDate);
        Checks.present("settlementDate", settlementDate);
        if (settlementDate.isBefore(tradeDate)) {
            throw new IllegalArgumentException(
                    "settlementDate: must not be before tradeDate " + tradeDate + ", was " + settlementDate);
        }
        settlementAmount = Checks.settlementAmount("settlementAmount", settlementAmount, currency, againstPayment);
        Checks.account("safekeepingAccount", safekeepingAccount);
        Checks.bic("placeOfSettlement", placeOfSettlement);
        Checks.bic("counterpartyBic", counterpartyBic);
        counterpartyAccount = Checks.optionalAccount("counterpartyAccount", counterpartyAccount);
        cancelsReference = Checks.optionalReference("cancelsReference", cancelsReference);
    }

    public SettlementInstructionMessage withIsin(String otherIsin) {
        return new SettlementInstructionMessage(
                reference,
                direction,
                againstPayment,
                otherIsin,
                quantity,
                nominal,
                tradeDate,
                settlementDate,
                settlementAmount,
                currency,
                safekeepingAccount,
                placeOfSettlement,
                counterpartyBic,
                counterpartyAccount,
                cancelsReference);
    }

    public boolean isCancellation() {
        return cancelsReference != null;
    }

    /** 540 receive free, 541 receive against payment, 542 deliver free, 543 deliver against payment. */
    public int mtType() {
        return (direction == Direction.RECEIVE ? 540 : 542) + (againstPayment ? 1 : 0);
    }
}
