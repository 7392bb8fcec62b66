package org.backoffice.securities.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetKind;

/**
 * A settlement instruction that did not settle on its intended settlement date, as far as the
 * penalty calculation needs it.
 *
 * @param instructionRef the settlement instruction's reference
 * @param category the type of fail; {@link PenaltyCategory#LACK_OF_CASH} when the buyer's cash is missing
 * @param quantity units of the instrument still failing; zero only for an instruction with no
 *     securities leg (a payment free of delivery)
 * @param cashAmount the cash leg, in the currency; the basis of a lack-of-cash penalty only when
 *     there is no securities leg (zero when there is no cash leg)
 * @param currency the settlement currency; penalties are in it and rounded to its scale
 * @param intendedSettlementDate the intended settlement date (ISD)
 * @param settledOn the day it finally settled, after the ISD; null while it still fails
 */
public record FailingSettlement(
        String instructionRef,
        PenaltyCategory category,
        long quantity,
        BigDecimal cashAmount,
        Asset currency,
        LocalDate intendedSettlementDate,
        LocalDate settledOn) {
    public FailingSettlement {
        if (instructionRef == null || instructionRef.isBlank()) {
            throw new IllegalArgumentException("instructionRef: must not be blank");
        }
        if (category == null) {
            throw new IllegalArgumentException("category: is required");
        }
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity: must not be negative, was " + quantity);
        }
        if (cashAmount == null) {
            throw new IllegalArgumentException("cashAmount: is required (zero when there is no cash leg)");
        }
        if (cashAmount.signum() < 0) {
            throw new IllegalArgumentException("cashAmount: must not be negative, was " + cashAmount.toPlainString());
        }
        if (category.lackOfSecurities() && quantity == 0) {
            throw new IllegalArgumentException("quantity: a fail for lack of securities needs a positive quantity");
        }
        if (quantity == 0 && cashAmount.signum() == 0) {
            throw new IllegalArgumentException(
                    "cashAmount: an instruction with no securities leg needs a positive cash amount");
        }
        if (currency == null) {
            throw new IllegalArgumentException("currency: is required");
        }
        if (currency.kind() != AssetKind.CURRENCY) {
            throw new IllegalArgumentException(
                    "currency: must be a currency, was " + currency.kind() + " " + currency.code());
        }
        if (intendedSettlementDate == null) {
            throw new IllegalArgumentException("intendedSettlementDate: is required");
        }
        if (settledOn != null && !settledOn.isAfter(intendedSettlementDate)) {
            throw new IllegalArgumentException("settledOn: must be after the intended settlement date "
                    + intendedSettlementDate + ", was " + settledOn);
        }
    }

    /** A delivery failing for lack of securities (or a DvP failing for lack of cash), still unsettled. */
    public static FailingSettlement of(
            String instructionRef,
            PenaltyCategory category,
            long quantity,
            Asset currency,
            LocalDate intendedSettlementDate) {
        return new FailingSettlement(
                instructionRef, category, quantity, BigDecimal.ZERO, currency, intendedSettlementDate, null);
    }

    /** A payment free of delivery failing for lack of cash, still unsettled. */
    public static FailingSettlement cashOnly(
            String instructionRef, BigDecimal cashAmount, Asset currency, LocalDate intendedSettlementDate) {
        return new FailingSettlement(
                instructionRef, PenaltyCategory.LACK_OF_CASH, 0, cashAmount, currency, intendedSettlementDate, null);
    }

    /** This fail, settled on {@code day}. */
    public FailingSettlement settled(LocalDate day) {
        return new FailingSettlement(
                instructionRef, category, quantity, cashAmount, currency, intendedSettlementDate, day);
    }

    public Optional<LocalDate> settlementDate() {
        return Optional.ofNullable(settledOn);
    }
}
