package org.backoffice.securities.reconciliation.internal;

import org.backoffice.securities.custody.Books;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.trade.Trade;

/**
 * What a statement's account stands for: one of our depo accounts, or the firm's own account
 * (omnibus safekeeping, or cash at the settlement bank) registered for a branch.
 *
 * @param depo null for a firm account
 */
public record Scope(String account, String branch, DepoAccount depo) {
    /** The book account of the position in an instrument this statement is compared with. */
    public String positionNumber(String isin) {
        return depo != null
                ? Books.positionNumber(depo, isin)
                : Books.branchRequest(branch, Books.DEPOSITORY, isin).number();
    }

    /** Whether the trade belongs to what the statement covers. */
    public boolean holds(Trade trade) {
        return depo != null
                ? trade.depoAccount().equals(depo.code())
                : trade.branch().equals(branch);
    }
}
