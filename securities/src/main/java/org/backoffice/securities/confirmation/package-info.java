/**
 * Trade confirmations: the sale contract as a PDF, the counterparty's affirmation and the matching
 * of our trade against the counterparty's confirmation, one by one or from a CSV file.
 */
package org.backoffice.securities.confirmation;
