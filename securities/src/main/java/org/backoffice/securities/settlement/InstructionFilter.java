package org.backoffice.securities.settlement;

import java.time.LocalDate;

/**
 * Which instructions a list shows; null fields do not narrow it. Pages count from 0.
 *
 * @param depoAccount the depo account's code; last, so that the filters written before it still read the same
 */
public record InstructionFilter(
        InstructionStatus status,
        String isin,
        String branch,
        LocalDate settlementDate,
        int page,
        int size,
        String depoAccount) {
    public InstructionFilter(
            InstructionStatus status, String isin, String branch, LocalDate settlementDate, int page, int size) {
        this(status, isin, branch, settlementDate, page, size, null);
    }

    public InstructionFilter {
        if (page < 0) {
            throw new IllegalArgumentException("page: must not be negative");
        }
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("size: must be within 1..1000");
        }
    }

    public static InstructionFilter all() {
        return new InstructionFilter(null, null, null, null, 0, 50);
    }

    public InstructionFilter withStatus(InstructionStatus newStatus) {
        return new InstructionFilter(newStatus, isin, branch, settlementDate, page, size, depoAccount);
    }

    public InstructionFilter withDepoAccount(String newDepoAccount) {
        return new InstructionFilter(status, isin, branch, settlementDate, page, size, newDepoAccount);
    }
}
