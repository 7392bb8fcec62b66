package org.backoffice.securities.settlement.internal;

/** A trade the ledger would not reserve for (securities or cash short), sent back to repair with the reasons. */
public record TradeRepair(long id, long tradeId, String branch, String reasons, String actor) {}
