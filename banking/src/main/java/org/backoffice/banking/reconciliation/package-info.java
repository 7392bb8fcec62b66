/**
 * Correspondent statement reconciliation: nostro book accounts registered against the accounts
 * correspondents keep for the bank, their camt.053 and MT940/MT950 statements imported, entries
 * matched automatically to the bank's own postings by explainable rules, breaks owned and
 * resolved by users, and the daily reconciliation of the statement balance to the book balance.
 * {@link org.backoffice.banking.reconciliation.Reconciliation} is the entry point.
 */
package org.backoffice.banking.reconciliation;
