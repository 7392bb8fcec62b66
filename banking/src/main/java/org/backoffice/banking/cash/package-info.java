/**
 * The cash desk: desks and their cash book accounts, cashiers' shifts with a float from the vault
 * and a count by denomination at the close, cash receipts and disbursements for the branch's
 * clients, cash collection between desk, vault and head office, and the cash book per desk and
 * day. {@link org.backoffice.banking.cash.CashDesk} is the entry point.
 */
package org.backoffice.banking.cash;
