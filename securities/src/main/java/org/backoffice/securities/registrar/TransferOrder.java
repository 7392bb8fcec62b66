package org.backoffice.securities.registrar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An order to the registrar to re-register ownership of a registrar-held instrument for an
 * instructed trade. Ownership moves in the books only when the registrar's extract (the supporting
 * document, kept by its SHA-256 in the platform's content-addressed archive) is attached and a
 * checker other than the one who attached it completes the order.
 *
 * @param number like {@code TO-HO-2026-000001}: branch, year and a running number
 */
public record TransferOrder(
        long id,
        String number,
        long instructionId,
        long tradeId,
        String tradeRef,
        String branch,
        String sellerAccount,
        String sellerOwner,
        String buyerAccount,
        String buyerOwner,
        String counterparty,
        String isin,
        long quantity,
        String registrarBic,
        LocalDate settlementDate,
        TransferOrderStatus status,
        LocalDate sentOn,
        String extractSha256,
        String extractName,
        String extractBy,
        Instant extractAt,
        String completedBy,
        Instant completedAt,
        Instant createdAt,
        String createdBy,
        int version) {

    public boolean extractAttached() {
        return extractSha256 != null;
    }
}
