package org.backoffice.securities.position;

/**
 * A depo account's holding of one instrument on a date, in units.
 *
 * @param settled the settlement-date position: what the ledger holds for the account at the end of
 *     the date
 * @param traded the trade-date position: the settled position plus what was bought less what was
 *     sold by trades dealt on or before the date and not yet settled
 */
public record Position(String depoAccount, String branch, String isin, long settled, long traded) {
    public Position {
        if (depoAccount == null || depoAccount.isBlank()) {
            throw new IllegalArgumentException("depoAccount: must be given");
        }
        if (isin == null || isin.isBlank()) {
            throw new IllegalArgumentException("isin: must be given");
        }
    }

    /** Units bought or sold but not yet delivered. */
    public long unsettled() {
        return traded - settled;
    }
}
