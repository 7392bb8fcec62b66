package org.backoffice.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One posted movement on an account, in booking order.
 *
 * @param side whether the account was debited or credited
 * @param balanceAfter the account's posted balance after this movement, positive on its normal side
 */
public record StatementLine(
        TransactionId transactionId,
        int postingIndex,
        TransactionKind kind,
        LocalDate valueDate,
        Instant bookedAt,
        Side side,
        long amount,
        AccountId counterAccount,
        long balanceAfter,
        String reference) {}
