/**
 * The securities back office: instruments and counterparties, the trade book, confirmations,
 * settlement instructions and their status, transfer orders to the registrar, positions, fails,
 * corporate actions and reconciliation with the depository.
 */
package org.backoffice.securities;
