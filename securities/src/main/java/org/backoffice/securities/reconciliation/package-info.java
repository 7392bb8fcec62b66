/**
 * Reconciliation with the depository and the settlement bank: positions against MT535 ({@link
 * org.backoffice.securities.reconciliation.HoldingsReconciliation}), settled and pending
 * transactions against MT536/MT537 ({@link
 * org.backoffice.securities.reconciliation.TransactionReconciliation}), cash against camt.053
 * ({@link org.backoffice.securities.reconciliation.CashReconciliation}), the statements read by the
 * platform's {@code org.backoffice.platform.statement}; the breaks found, on the platform's break
 * lifecycle ({@link org.backoffice.securities.reconciliation.SecuritiesBreaks}), and a report of
 * open breaks by owner and age ({@link org.backoffice.securities.reconciliation.BreakReport}).
 */
package org.backoffice.securities.reconciliation;
