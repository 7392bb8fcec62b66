/**
 * The bank's clearing message adapters, pure and database-free: clearing payments out as
 * pacs.008.001.08 and in from pacs.008 or the clearing house's CSV, and the net-position report.
 * All XML parsing and writing goes through Prowide. Readers of batches return what loaded and,
 * item by item, what did not ({@link org.backoffice.banking.message.ParsedFile}). Account
 * statements (camt.053, MT940, MT950) are read by the platform's {@code
 * org.backoffice.platform.statement}.
 */
package org.backoffice.banking.message;
