/**
 * Reconciliation with the depository and the settlement bank: positions against MT535, settled and
 * pending transactions against MT536/MT537, cash against camt.053; the breaks found, their owners,
 * their resolution, and a report of open breaks by age.
 */
package org.backoffice.securities.reconciliation;
