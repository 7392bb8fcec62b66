package org.backoffice.banking.cash;

import java.time.LocalDate;
import org.backoffice.banking.MoneyBody;

/**
 * Cash paid in at a desk: Dr the desk, Cr a client's account of the branch ({@code creditIban}) or
 * one of the branch's income accounts ({@code incomeAccount}), never both.
 *
 * @param idDocument the payer's identity document number, if they showed one
 */
public record CashReceipt(
        String desk,
        String currency,
        long amount,
        String creditIban,
        String incomeAccount,
        String payer,
        String idDocument,
        String purpose,
        LocalDate valueDate)
        implements MoneyBody {}
