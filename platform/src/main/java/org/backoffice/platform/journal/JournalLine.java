package org.backoffice.platform.journal;

import org.backoffice.ledger.Side;

/** One line of a journal voucher: an account, a side and an amount in the asset's minor units. */
public record JournalLine(String account, Side side, long amount) {}
