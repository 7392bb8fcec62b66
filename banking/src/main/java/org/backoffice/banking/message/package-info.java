/**
 * The bank's message adapters, pure and database-free: clearing payments out as pacs.008.001.08
 * and in from pacs.008 or the clearing house's CSV, the net-position report, and account
 * statements in from camt.053.001.08, MT940 and MT950 (with writers for tests and demo data). All
 * XML and MT parsing and writing goes through Prowide. Readers of batches return what loaded and,
 * item by item, what did not ({@link org.backoffice.banking.message.ParsedFile}); statement
 * readers refuse a statement that does not add up, naming it.
 */
package org.backoffice.banking.message;
