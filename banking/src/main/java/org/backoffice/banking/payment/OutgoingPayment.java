package org.backoffice.banking.payment;

import java.time.LocalDate;
import org.backoffice.banking.MoneyBody;

/**
 * A client's payment to an account at another bank: it leaves the client's account for the
 * clearing payable account and waits there for the next clearing cycle. Amounts in minor units.
 */
public record OutgoingPayment(
        String debtorIban,
        String creditorName,
        String creditorIban,
        String creditorBic,
        String currency,
        long amount,
        LocalDate valueDate,
        String endToEndId,
        String remittance)
        implements MoneyBody {}
