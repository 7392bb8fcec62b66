/**
 * What the bank's pages, API and command line share: the tables of the cash book and of a nostro reconciliation, as
 * they are shown, exported and printed.
 */
package org.backoffice.server.bank;
