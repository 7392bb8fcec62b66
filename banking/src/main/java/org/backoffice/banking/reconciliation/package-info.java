/**
 * Correspondent statement reconciliation: nostro book accounts registered against the accounts
 * correspondents keep for the bank ({@link org.backoffice.banking.reconciliation.NostroRegister}),
 * their camt.053 and MT940/MT950 statements imported ({@link
 * org.backoffice.banking.reconciliation.StatementImports}, read by the platform's {@code
 * org.backoffice.platform.statement}), entries matched automatically to the bank's own postings by
 * explainable rules ({@link org.backoffice.banking.reconciliation.NostroMatching}), what stays
 * unmatched a break on the platform's break lifecycle, resolved the bank's way ({@link
 * org.backoffice.banking.reconciliation.NostroBreaks}), and the daily reconciliation of the
 * statement balance to the book balance ({@link
 * org.backoffice.banking.reconciliation.ReconciliationReports}). {@link
 * org.backoffice.banking.reconciliation.Reconciliation} is the entry point.
 */
package org.backoffice.banking.reconciliation;
