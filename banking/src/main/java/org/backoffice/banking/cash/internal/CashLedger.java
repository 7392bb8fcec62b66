package org.backoffice.banking.cash.internal;

import java.util.OptionalLong;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.Ledger;

/**
 * Balances for the cash document types, which are made before the ledger opens: {@link #bind} gives
 * them the ledger. They read balances to name the field of a shortfall before the ledger's own
 * limit, the guarantee, would refuse it with a less telling reason.
 */
public final class CashLedger {
    private volatile Ledger ledger;

    public void bind(Ledger bound) {
        this.ledger = bound;
    }

    /** What may still leave the account, on its normal side; empty if the ledger has no such account. */
    public OptionalLong available(AccountId account) {
        Ledger bound = ledger;
        if (bound == null) {
            throw new IllegalStateException("the cash desk is not bound to a ledger yet");
        }
        return bound.balance(account).map(Balance::available).stream()
                .mapToLong(Long::longValue)
                .findFirst();
    }

    public long posted(AccountId account) {
        Ledger bound = ledger;
        if (bound == null) {
            throw new IllegalStateException("the cash desk is not bound to a ledger yet");
        }
        return bound.balance(account).map(Balance::posted).orElse(0L);
    }
}
