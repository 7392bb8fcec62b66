/**
 * The bank's pages: clients and their accounts, the payment forms and the payments overview with its chart, the rate
 * table, the cash desks, clearing, end of day and nostro reconciliation. They show only what the viewer may do; the
 * banking module's services refuse the rest whatever a page shows.
 */
package org.backoffice.server.bank.web;
