package org.backoffice.banking.account;

import java.time.LocalDate;

/**
 * A client's account: its IBAN, the client, the product, and the book account that keeps its
 * balance in the ledger ({@code B1-2010-USD-00000123}).
 */
public record CustomerAccount(
        Iban iban,
        long clientId,
        String branch,
        String currency,
        String product,
        String bookNumber,
        long ledgerId,
        AccountStatus status,
        String statusReason,
        LocalDate openedOn,
        LocalDate closedOn,
        int version) {}
