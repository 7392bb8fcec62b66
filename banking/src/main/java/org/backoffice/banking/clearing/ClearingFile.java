package org.backoffice.banking.clearing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An incoming clearing file as recorded: IMPORTING until every payment has its outcome, then
 * IMPORTED.
 *
 * @param credited payments credited to their beneficiaries
 * @param suspended payments held in suspense as exceptions
 * @param unreadable items of the file that could not be read or booked
 * @param totals per currency and outcome
 */
public record ClearingFile(
        long id,
        String fileName,
        String sha256,
        ClearingFormat format,
        String status,
        LocalDate valueDate,
        int credited,
        int suspended,
        int unreadable,
        String importedBy,
        Instant startedAt,
        Instant finishedAt,
        List<Total> totals) {
    public ClearingFile {
        totals = List.copyOf(totals);
    }

    /** The same file with these totals. */
    public ClearingFile withTotals(List<Total> totals) {
        return new ClearingFile(
                id,
                fileName,
                sha256,
                format,
                status,
                valueDate,
                credited,
                suspended,
                unreadable,
                importedBy,
                startedAt,
                finishedAt,
                totals);
    }

    /** How many payments of one currency had one outcome, and their sum in minor units. */
    public record Total(String currency, String outcome, int payments, long amount) {}
}
