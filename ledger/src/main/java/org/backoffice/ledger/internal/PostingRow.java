package org.backoffice.ledger.internal;

/**
 * A posting as inserted. The balances after are the posted debits minus credits of each account
 * once this posting applied; a statement reads its running balance from them.
 */
public record PostingRow(
        long transactionId,
        int index,
        int kind,
        long debitAccount,
        long creditAccount,
        long amount,
        int valueDate,
        long bookedAt,
        long debitBalanceAfter,
        long creditBalanceAfter) {}
