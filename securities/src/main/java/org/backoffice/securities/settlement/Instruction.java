package org.backoffice.securities.settlement;

import java.time.Instant;
import java.time.LocalDate;
import org.backoffice.securities.message.Direction;

/**
 * A settlement instruction: what we asked the depository (or the registrar) to settle for one trade,
 * and how much of it has settled. Amounts are minor units of the currency, quantities units.
 *
 * @param reference our SEME, {@code "S"} and the id in base 36
 * @param fees the client's fees on the money leg, moved with it
 * @param pendingTransaction the ledger's pending transfer reserving what is still to settle, if any
 * @param registrar settles by the registrar's transfer order rather than depository confirmations
 */
public record Instruction(
        long id,
        long tradeId,
        String reference,
        String branch,
        Direction direction,
        boolean dvp,
        boolean registrar,
        String isin,
        long quantity,
        long settlementAmount,
        long fees,
        String currency,
        LocalDate tradeDate,
        LocalDate settlementDate,
        String place,
        String depoAccount,
        String counterpartyBic,
        String counterpartyAccount,
        InstructionStatus status,
        long settledQuantity,
        long settledAmount,
        long settledFees,
        Long pendingTransaction,
        int sequence,
        String cancelReason,
        String cancelRequestedBy,
        Instant createdAt,
        String createdBy,
        int version) {

    public Instruction {
        if (reference == null || reference.isBlank() || reference.length() > 16) {
            throw new IllegalArgumentException("reference: must be 1..16 characters");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be positive, was " + quantity);
        }
        if (settledQuantity < 0 || settledQuantity > quantity) {
            throw new IllegalArgumentException("settledQuantity: must be within 0.." + quantity);
        }
    }

    public long remainingQuantity() {
        return quantity - settledQuantity;
    }

    public long remainingAmount() {
        return dvp ? settlementAmount - settledAmount : 0;
    }

    public long remainingFees() {
        return fees - settledFees;
    }

    /** Our reference of the message cancelling this instruction. */
    public String cancellationReference() {
        return "C" + reference.substring(1);
    }

    /** The same instruction in another state; the version is the store's to advance. */
    public Instruction withState(
            InstructionStatus newStatus,
            long newSettledQuantity,
            long newSettledAmount,
            long newSettledFees,
            Long newPendingTransaction,
            int newSequence,
            String newCancelReason,
            String newCancelRequestedBy) {
        return new Instruction(
                id,
                tradeId,
                reference,
                branch,
                direction,
                dvp,
                registrar,
                isin,
                quantity,
                settlementAmount,
                fees,
                currency,
                tradeDate,
                settlementDate,
                place,
                depoAccount,
                counterpartyBic,
                counterpartyAccount,
                newStatus,
                newSettledQuantity,
                newSettledAmount,
                newSettledFees,
                newPendingTransaction,
                newSequence,
                newCancelReason,
                newCancelRequestedBy,
                createdAt,
                createdBy,
                version);
    }

    public Instruction withStatus(InstructionStatus newStatus) {
        return withState(
                newStatus,
                settledQuantity,
                settledAmount,
                settledFees,
                pendingTransaction,
                sequence,
                cancelReason,
                cancelRequestedBy);
    }

    public static String referenceOf(long id) {
        return "S" + Long.toString(id, 36).toUpperCase(java.util.Locale.ROOT);
    }
}
