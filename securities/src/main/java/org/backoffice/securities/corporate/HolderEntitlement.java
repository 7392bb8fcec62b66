package org.backoffice.securities.corporate;

import java.math.BigDecimal;

/**
 * What one depo account got from an applied corporate action.
 *
 * @param position the settled units held at the end of the record date
 * @param gross cash before tax, minor units (zero for a split)
 * @param tax tax withheld, minor units
 * @param net cash credited, minor units
 * @param unitsDelta units added (a split) or removed (a reverse split)
 * @param fraction the fraction of a new share not delivered (reported, not paid: see
 *     {@link CorporateActions})
 * @param transactionId the ledger transaction that carried it
 */
public record HolderEntitlement(
        long actionId,
        String depoAccount,
        String branch,
        long position,
        long gross,
        long tax,
        long net,
        long unitsDelta,
        BigDecimal fraction,
        long transactionId) {}
