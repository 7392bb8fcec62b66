package org.backoffice.banking.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.platform.message.FieldChecks;

/**
 * One customer credit transfer sent through the clearing house. Only the shape is checked here;
 * IBAN check digits belong to the account layer.
 *
 * @param amount positive, at most 2 decimals
 * @param remittance unstructured remittance information, null when absent
 */
public record ClearingPayment(
        String endToEndId,
        String debtorName,
        String debtorIban,
        String debtorBic,
        String creditorName,
        String creditorIban,
        String creditorBic,
        String currency,
        BigDecimal amount,
        String remittance,
        LocalDate settlementDate) {
    /** ISO 20022 Max35Text, Max140Text. */
    public static final int MAX_ID = 35;

    public static final int MAX_TEXT = 140;
    public static final int MAX_DECIMALS = 2;

    public ClearingPayment {
        FieldChecks.text("endToEndId", endToEndId, MAX_ID);
        FieldChecks.text("debtorName", debtorName, MAX_TEXT);
        FieldChecks.iban("debtorIban", debtorIban);
        FieldChecks.bic("debtorBic", debtorBic);
        FieldChecks.text("creditorName", creditorName, MAX_TEXT);
        FieldChecks.iban("creditorIban", creditorIban);
        FieldChecks.bic("creditorBic", creditorBic);
        FieldChecks.currency("currency", currency);
        FieldChecks.positive("amount", amount, MAX_DECIMALS);
        remittance = FieldChecks.optionalText("remittance", remittance, MAX_TEXT);
        FieldChecks.present("settlementDate", settlementDate);
    }
}
