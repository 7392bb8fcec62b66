package org.backoffice.banking.cash;

import java.time.LocalDate;
import org.backoffice.banking.MoneyBody;

/**
 * Cash paid out at a desk: Dr a client's account of the branch, Cr the desk.
 *
 * @param idDocument the payee's identity document number, always required
 */
public record CashDisbursement(
        String desk,
        String currency,
        long amount,
        String debitIban,
        String payee,
        String idDocument,
        String purpose,
        LocalDate valueDate)
        implements MoneyBody {}
